package io.github.graflowstudio.ui.editor;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The canvas colours as CSS-stylable properties of {@link GraphCanvas} ({@code -gs-node-fill},
 * ...), so themes (light, dark) set them in a style sheet. FX thread only.
 */
final class CanvasStyle {
    static final StyleablePropertyFactory<GraphCanvas> FACTORY = new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    final StyleableObjectProperty<Paint> background;
    final StyleableObjectProperty<Paint> grid;
    final StyleableObjectProperty<Paint> nodeFill;
    final StyleableObjectProperty<Paint> nodeStroke;
    final StyleableObjectProperty<Paint> text;
    final StyleableObjectProperty<Paint> mutedText;
    final StyleableObjectProperty<Paint> edge;
    final StyleableObjectProperty<Paint> selection;
    final StyleableObjectProperty<Paint> groupFill;
    final StyleableObjectProperty<Paint> groupStroke;
    final StyleableObjectProperty<Paint> error;
    final StyleableObjectProperty<Paint> warning;
    final StyleableObjectProperty<Paint> success;
    final StyleableObjectProperty<Paint> running;
    final StyleableObjectProperty<Paint> breakpoint;

    CanvasStyle(GraphCanvas canvas) {
        background = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "background", "-gs-background", c -> c.style.background, Color.web("#fafbfc"));
        grid = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "grid", "-gs-grid", c -> c.style.grid, Color.web("#e6e9ee"));
        nodeFill = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "nodeFill", "-gs-node-fill", c -> c.style.nodeFill, Color.WHITE);
        nodeStroke = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "nodeStroke", "-gs-node-stroke", c -> c.style.nodeStroke, Color.web("#8c96a5"));
        text = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "text", "-gs-text", c -> c.style.text, Color.web("#1f2430"));
        mutedText = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "mutedText", "-gs-muted-text", c -> c.style.mutedText, Color.web("#6b7280"));
        edge = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "edge", "-gs-edge", c -> c.style.edge, Color.web("#6b7686"));
        selection = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "selection", "-gs-selection", c -> c.style.selection, Color.web("#2f6fed"));
        groupFill = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "groupFill", "-gs-group-fill", c -> c.style.groupFill, Color.web("#f3e5f5"));
        groupStroke = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "groupStroke", "-gs-group-stroke", c -> c.style.groupStroke, Color.web("#a26bb0"));
        error = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "error", "-gs-error", c -> c.style.error, Color.web("#d32f2f"));
        warning = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "warning", "-gs-warning", c -> c.style.warning, Color.web("#ef8f00"));
        success = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "success", "-gs-success", c -> c.style.success, Color.web("#2e7d32"));
        running = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "running", "-gs-running", c -> c.style.running, Color.web("#1e88e5"));
        breakpoint = (StyleableObjectProperty<Paint>) FACTORY.createStyleablePaintProperty(canvas, "breakpoint", "-gs-breakpoint", c -> c.style.breakpoint, Color.web("#e53935"));
    }

    static List<CssMetaData<? extends javafx.css.Styleable, ?>> cssMetaData() {
        return FACTORY.getCssMetaData();
    }
}
