package io.github.graflowstudio.checkpoint.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.util.concurrent.Semaphore;

/**
 * Writes to a file channel and, every few megabytes, has a helper thread force what was written so
 * far to disk: the disk works while the content is still being produced, and the final force,
 * which the caller still makes before the file is moved into place, has little left to write.
 * Small files never start the helper.
 *
 * <p>Not thread-safe: the writes belong to one thread; {@link #stop()} and {@link #join()} to that
 * thread or to one that it started, or joined, after its last write.
 */
final class EarlyForcer extends OutputStream {
    /** Bytes written between two early forces. */
    static final long EVERY_BYTES = 8L << 20;

    private final OutputStream out;
    private final FileChannel channel;
    private final Semaphore requests = new Semaphore(0);
    private long written;
    private long requested;
    private Thread helper;
    private volatile boolean finished;

    /**
     * Writes to {@code out}, the stream of {@code channel}.
     *
     * @param out     the channel's stream
     * @param channel the channel to force
     */
    EarlyForcer(OutputStream out, FileChannel channel) {
        this.out = out;
        this.channel = channel;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        count(1);
    }

    @Override
    public void write(byte[] bytes, int from, int length) throws IOException {
        out.write(bytes, from, length);
        count(length);
    }

    private void count(int bytes) {
        written += bytes;
        if (written - requested >= EVERY_BYTES) {
            requested = written;
            if (helper == null) {
                helper = new Thread(this::forceWhenAsked, "checkpoint-early-force");
                helper.setDaemon(true);
                helper.start();
            }
            requests.release();
        }
    }

    private void forceWhenAsked() {
        try {
            while (true) {
                requests.acquire();
                if (finished) {
                    return;
                }
                requests.drainPermits(); // one force covers every request made meanwhile
                channel.force(false);
            }
        } catch (InterruptedException | IOException e) {
            // an early force is only a head start: the final force reports any problem
        }
    }

    /** Tells the helper to stop after its current force, if any (the final force may run meanwhile). */
    void stop() {
        finished = true;
        requests.release();
    }

    /** Stops the helper and waits until it has; call before the file is closed. */
    void join() {
        stop();
        if (helper == null) {
            return;
        }
        boolean interrupted = false;
        while (helper.isAlive()) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
