package io.github.graflowstudio.ui.app;

import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.document.kinds.TaskKinds;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads the bundled sample on a daemon thread while JavaFX starts: JavaFX spends its first
 * half second or more bringing up the toolkit on its own thread, and reading the sample (JSON
 * parser, document model, the task kinds) needs none of it. {@code start} then takes the ready
 * document instead of reading it on the FX thread. Thread-safe.
 */
public final class SamplePreload {
    private final String fileName;
    private final CompletableFuture<WorkflowDocument> document = new CompletableFuture<>();

    private SamplePreload(String fileName) {
        this.fileName = fileName;
    }

    /** Starts reading the sample {@code fileName} (see {@link StudioShell#sample}) in the background. */
    public static SamplePreload begin(String fileName) {
        SamplePreload preload = new SamplePreload(fileName);
        Thread thread = new Thread(preload::read, "studio-preload");
        thread.setDaemon(true);
        thread.start();
        return preload;
    }

    private void read() {
        try {
            TaskKinds.builtIn();
            document.complete(StudioShell.sample(fileName));
        } catch (RuntimeException | Error e) {
            document.completeExceptionally(e);
        }
    }

    /**
     * The sample, waiting for the read to finish.
     *
     * @throws IllegalStateException if the sample is missing or unreadable, as {@link StudioShell#sample}
     */
    public WorkflowDocument document() {
        try {
            return document.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The sample's file name. */
    public String fileName() {
        return fileName;
    }
}
