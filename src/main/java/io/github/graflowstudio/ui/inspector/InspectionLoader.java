package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.CheckpointReader;
import io.github.graflowstudio.checkpoint.inspect.InspectionOptions;
import io.github.graflowstudio.checkpoint.inspect.NotACheckpointException;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.GraphNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * Reads and prepares sets on a worker for the inspector, with progress, status and cancel; only
 * the newest load is published (a cancelled or overtaken load is dropped when it ends: the reader
 * itself cannot be stopped midway). FX thread for the properties and calls.
 */
final class InspectionLoader {
    final SimpleBooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    final SimpleDoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    final SimpleStringProperty status = new SimpleStringProperty(this, "status", "Open a checkpoint set.");
    final SimpleStringProperty failure = new SimpleStringProperty(this, "failure");
    final SimpleLongProperty loadMillis = new SimpleLongProperty(this, "loadMillis", -1);
    final SimpleLongProperty showMillis = new SimpleLongProperty(this, "showMillis", -1);
    private final Executor worker;
    private final Consumer<Runnable> fxThread;
    private final AtomicLong generation = new AtomicLong();

    InspectionLoader(Executor worker, Consumer<Runnable> fxThread) {
        this.worker = worker;
        this.fxThread = fxThread;
    }

    /**
     * Starts loading a set.
     *
     * @param set     the path naming the set
     * @param against the open workflow's nodes, or {@code null}
     * @param publish receives the prepared set on the FX thread, if this is still the newest load
     * @param extras  then receives the parts read afterwards (channel, legacy payloads)
     */
    void load(Path set, List<GraphNode> against, Consumer<LoadedSet> publish, Consumer<SetExtras> extras) {
        long mine = generation.incrementAndGet();
        long started = System.nanoTime();
        loading.set(true);
        progress.set(-1);
        failure.set(null);
        status.set("Reading " + set.getFileName() + "…");
        worker.execute(() -> {
            try {
                InspectionOptions options = against == null ? InspectionOptions.DEFAULTS
                        : InspectionOptions.DEFAULTS.withOpenWorkflow(against);
                CheckpointInspection read = new CheckpointReader(options).inspect(set);
                long reading = System.nanoTime() - started;
                if (generation.get() != mine) {
                    return;
                }
                fxThread.accept(() -> step(mine, 0.6, "Preparing " + InspectorFormat.plural(read.pending().size(),
                        "entry", "entries") + "…"));
                LoadedSet prepared = LoadedSet.prepare(read, against);
                long preparing = System.nanoTime() - started - reading;
                fxThread.accept(() -> {
                    if (generation.get() == mine) {
                        long showing = System.nanoTime();
                        publish.accept(prepared);
                        finish(prepared, started, reading, preparing, System.nanoTime() - showing);
                    }
                });
                if (generation.get() == mine) {
                    SetExtras more = SetExtras.read(read);
                    fxThread.accept(() -> {
                        if (generation.get() == mine) {
                            extras.accept(more);
                        }
                    });
                }
            } catch (NotACheckpointException notASet) {
                fxThread.accept(() -> fail(mine, notASet.getMessage()));
            } catch (RuntimeException broken) {
                fxThread.accept(() -> fail(mine, set + " could not be inspected: " + broken));
            }
        });
    }

    /** Drops the running load. */
    void cancel() {
        if (loading.get()) {
            generation.incrementAndGet();
            loading.set(false);
            progress.set(0);
            status.set("Cancelled.");
        }
    }

    private void step(long mine, double value, String text) {
        if (generation.get() == mine) {
            progress.set(value);
            status.set(text);
        }
    }

    private void fail(long mine, String message) {
        if (generation.get() == mine) {
            loading.set(false);
            progress.set(0);
            failure.set(message);
            status.set(message);
        }
    }

    private void finish(LoadedSet set, long started, long reading, long preparing, long showing) {
        loading.set(false);
        progress.set(1);
        showMillis.set(showing / 1_000_000);
        loadMillis.set((System.nanoTime() - started) / 1_000_000);
        status.set(InspectorFormat.plural(set.rows().size(), "pending entry", "pending entries") + " · "
                + set.overview().flagCounts() + " · shown in " + InspectorFormat.count(loadMillis.get())
                + " ms (reading " + InspectorFormat.count(reading / 1_000_000) + " ms, preparing "
                + InspectorFormat.count(preparing / 1_000_000) + " ms, display " + showMillis.get() + " ms)");
    }
}
