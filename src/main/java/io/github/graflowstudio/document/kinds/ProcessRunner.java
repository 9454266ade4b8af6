package io.github.graflowstudio.document.kinds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external process from an argument vector (never through a shell string), with a time
 * limit. Stdout is kept up to {@link #MAX_STDOUT_BYTES}; stderr's last {@link #STDERR_TAIL_BYTES}
 * bytes are kept for the error message. On timeout or interruption the whole process tree is
 * killed.
 *
 * <p>Immutable; each {@link #run} call is independent, so it is thread-safe.
 */
final class ProcessRunner {
    /** The most stdout bytes kept; more fails the task. */
    static final int MAX_STDOUT_BYTES = 1 << 20;
    /** How much of stderr's end an error message shows. */
    static final int STDERR_TAIL_BYTES = 4096;

    private final List<String> argv;
    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final long timeoutMillis;

    ProcessRunner(List<String> argv, Path workingDirectory, Map<String, String> environment, long timeoutMillis) {
        this.argv = List.copyOf(argv);
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Runs the process to its end.
     *
     * @return stdout (UTF-8) without trailing line breaks
     * @throws ShellCommandException for a start failure, a non-zero exit, a timeout or too much output
     * @throws InterruptedException  if the calling thread was interrupted (the tree is killed)
     */
    String run() throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(argv);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new ShellCommandException("cannot start " + argv.get(0) + ": " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // the child closed stdin already; nothing to tell it
        }
        Capture stdout = new Capture(process.getInputStream(), MAX_STDOUT_BYTES, false);
        Capture stderr = new Capture(process.getErrorStream(), STDERR_TAIL_BYTES, true);
        stdout.start();
        stderr.start();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        boolean finished;
        try {
            finished = process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            killTree(process);
            throw e;
        }
        if (!finished) {
            killTree(process);
            stdout.join(1000);
            stderr.join(1000);
            throw new ShellCommandException(argv.get(0) + " timed out after " + timeoutMillis
                    + " ms; the process tree was killed" + tail(stderr));
        }
        long remainingMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        stdout.join(remainingMillis);
        stderr.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        if (stdout.isAlive() || stderr.isAlive()) {
            throw new ShellCommandException(argv.get(0) + " exited, but a process it started still holds its output open "
                    + "after " + timeoutMillis + " ms");
        }
        int exit = process.exitValue();
        if (exit != 0) {
            throw new ShellCommandException(argv.get(0) + " failed with exit code " + exit + tail(stderr), exit);
        }
        if (stdout.overflowed()) {
            throw new ShellCommandException(argv.get(0) + " wrote more than " + MAX_STDOUT_BYTES + " bytes to stdout");
        }
        return stripTrailingLineBreaks(stdout.text());
    }

    private static String tail(Capture stderr) {
        String text = stderr.text().strip();
        return text.isEmpty() ? "" : ": " + text;
    }

    static String stripTrailingLineBreaks(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    private static void killTree(Process process) {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Drains one stream on a daemon thread, keeping its head or its tail. Confined to its thread until joined. */
    private static final class Capture extends Thread {
        private final InputStream stream;
        private final int limit;
        private final boolean keepTail;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private byte[] tailBuffer = new byte[0];
        private volatile boolean overflowed;

        Capture(InputStream stream, int limit, boolean keepTail) {
            super("graflow-shell-capture");
            setDaemon(true);
            this.stream = stream;
            this.limit = limit;
            this.keepTail = keepTail;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (InputStream in = stream) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    keep(buffer, read);
                }
            } catch (IOException ignored) {
                // the process was killed or closed its stream: keep what was read
            }
        }

        private synchronized void keep(byte[] buffer, int read) {
            if (keepTail) {
                byte[] joined = new byte[tailBuffer.length + read];
                System.arraycopy(tailBuffer, 0, joined, 0, tailBuffer.length);
                System.arraycopy(buffer, 0, joined, tailBuffer.length, read);
                int from = Math.max(0, joined.length - limit);
                tailBuffer = java.util.Arrays.copyOfRange(joined, from, joined.length);
            } else if (kept.size() + read <= limit) {
                kept.write(buffer, 0, read);
            } else {
                kept.write(buffer, 0, Math.max(0, limit - kept.size()));
                overflowed = true;
            }
        }

        boolean overflowed() {
            return overflowed;
        }

        synchronized String text() {
            byte[] bytes = keepTail ? tailBuffer : kept.toByteArray();
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
