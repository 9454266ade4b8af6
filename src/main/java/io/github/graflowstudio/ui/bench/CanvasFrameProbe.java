package io.github.graflowstudio.ui.bench;

import io.github.graflowstudio.bench.BenchmarkResult;
import io.github.graflowstudio.bench.Figures;
import io.github.graflowstudio.bench.GridWorkflow;
import io.github.graflowstudio.bench.Samples;
import io.github.graflowstudio.document.WorkflowDocument;
import io.github.graflowstudio.ui.app.ThemeSwitcher;
import io.github.graflowstudio.ui.editor.EditorViewModel;
import io.github.graflowstudio.ui.editor.GraphCanvas;
import io.github.graflowstudio.ui.editor.geometry.Viewport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * {@code canvas.frame}: a {@link GridWorkflow} of {@code nodes} nodes on a {@link GraphCanvas}
 * filling a 1280x800 stage with the light theme. The viewport is panned a few pixels per pulse,
 * back and forth so that it stays over the same part of the graph, and each repaint ({@link GraphCanvas#paintNow()}, the FX-thread cost of a frame) is timed, at
 * 100 % zoom and at the zoom-to-fit scale (where most or all nodes are visible, drawn without
 * text). The median over the measured frames is the figure; the details give the first frame
 * after opening the document, the time to open it, the nodes drawn per frame and the median
 * pulse-to-pulse interval (which includes rasterising on the render thread). Must be created and
 * used from one non-FX thread; {@link #close()} hides the stage.
 */
final class CanvasFrameProbe implements AutoCloseable {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    private static final double PAN_X = -7;
    private static final double PAN_Y = -3;
    /** Frames before the pan turns back, so the view stays over the same part of the graph. */
    private static final int PAN_LEG = 30;

    private final int warmUpFrames;
    private final int measuredFrames;
    private Stage stage;

    /** A probe; {@code quick} measures few frames. */
    CanvasFrameProbe(boolean quick) {
        this.warmUpFrames = quick ? 10 : 60;
        this.measuredFrames = quick ? 20 : 120;
        FxThread.start();
    }

    /** Opens the document of {@code nodes} nodes and measures both zoom levels. */
    List<BenchmarkResult> measure(int nodes) {
        WorkflowDocument document = GridWorkflow.of(nodes);
        Opened opened = FxThread.call(() -> open(document));
        List<BenchmarkResult> results = new ArrayList<>();
        for (String zoom : List.of("100%", "fit")) {
            FxThread.call(() -> {
                if (zoom.equals("fit")) {
                    opened.model.zoomToFit();
                } else {
                    opened.model.viewportProperty().set(Viewport.initial(WIDTH, HEIGHT));
                }
                return null;
            });
            FrameSeries series = FxThread.call(() -> new FrameSeries(opened, warmUpFrames, measuredFrames).begin());
            FxThread.await(series.done, 600);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("nodes", nodes);
            params.put("zoom", zoom);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("first_frame_ms", Figures.round(opened.firstFrameMillis));
            extra.put("open_ms", Figures.round(opened.openMillis));
            extra.put("edges", document.edges().size());
            extra.put("scale", Figures.round(series.scale));
            extra.put("drawn_nodes", (long) series.drawnNodes.median());
            extra.put("frame_interval_ms", Figures.round(series.intervals.median()));
            results.add(BenchmarkResult.measured("canvas.frame", params, Figures.round(series.paints.median()),
                    "ms_median", series.paints.detail(extra)));
        }
        return results;
    }

    private Opened open(WorkflowDocument document) {
        if (stage == null) {
            stage = new Stage();
            stage.setTitle("canvas.frame");
        }
        long start = System.nanoTime();
        EditorViewModel model = new EditorViewModel(document);
        GraphCanvas canvas = new GraphCanvas(model);
        Scene scene = new Scene(canvas, WIDTH, HEIGHT);
        new ThemeSwitcher(scene);
        stage.setScene(scene);
        stage.show();
        canvas.applyCss();
        canvas.layout();
        model.viewportProperty().set(Viewport.initial(canvas.getWidth(), canvas.getHeight()));
        long paintStart = System.nanoTime();
        canvas.paintNow();
        long end = System.nanoTime();
        return new Opened(model, canvas, Figures.millis(end - paintStart), Figures.millis(end - start));
    }

    @Override
    public void close() {
        if (stage != null) {
            FxThread.call(() -> {
                stage.hide();
                return null;
            });
        }
    }

    /** The canvas of one document and how long opening it took. */
    private static final class Opened {
        final EditorViewModel model;
        final GraphCanvas canvas;
        final double firstFrameMillis;
        final double openMillis;

        Opened(EditorViewModel model, GraphCanvas canvas, double firstFrameMillis, double openMillis) {
            this.model = model;
            this.canvas = canvas;
            this.firstFrameMillis = firstFrameMillis;
            this.openMillis = openMillis;
        }
    }

    /** Pans and repaints once per pulse; completes {@link #done} after the measured frames. */
    private static final class FrameSeries extends AnimationTimer {
        final Samples paints = new Samples();
        final Samples intervals = new Samples();
        final Samples drawnNodes = new Samples();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final Opened opened;
        final int warmUp;
        final int measured;
        double scale;
        int frame;
        long previousPulse;

        FrameSeries(Opened opened, int warmUp, int measured) {
            this.opened = opened;
            this.warmUp = warmUp;
            this.measured = measured;
        }

        FrameSeries begin() {
            scale = opened.model.viewportProperty().get().scale();
            start();
            return this;
        }

        @Override
        public void handle(long now) {
            try {
                double direction = (frame / PAN_LEG) % 2 == 0 ? 1 : -1;
                opened.model.panBy(PAN_X * direction, PAN_Y * direction);
                long start = System.nanoTime();
                opened.canvas.paintNow();
                long elapsed = System.nanoTime() - start;
                if (frame >= warmUp) {
                    paints.add(Figures.millis(elapsed));
                    drawnNodes.add(opened.canvas.drawnNodes());
                    if (frame > warmUp) {
                        intervals.add(Figures.millis(now - previousPulse));
                    }
                }
                previousPulse = now;
                frame++;
                if (frame >= warmUp + measured) {
                    stop();
                    done.complete(null);
                }
            } catch (RuntimeException | Error e) {
                stop();
                done.completeExceptionally(e);
            }
        }
    }
}
