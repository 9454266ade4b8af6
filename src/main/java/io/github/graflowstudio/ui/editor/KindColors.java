package io.github.graflowstudio.ui.editor;

import java.util.Map;
import javafx.scene.paint.Color;

/** The accent colour of each task kind (the stripe on a node, the palette icon). Stateless. */
public final class KindColors {
    private static final Map<String, Color> COLORS = Map.ofEntries(
            Map.entry("echo", Color.web("#5c6bc0")), Map.entry("expr", Color.web("#26a69a")),
            Map.entry("branch", Color.web("#ffa000")), Map.entry("loop", Color.web("#8e24aa")),
            Map.entry("sleep", Color.web("#78909c")), Map.entry("fail", Color.web("#e53935")),
            Map.entry("terminate", Color.web("#6d4c41")), Map.entry("cancel", Color.web("#c62828")),
            Map.entry("shell", Color.web("#37474f")), Map.entry("http", Color.web("#0288d1")),
            Map.entry("java", Color.web("#f4511e")), Map.entry("checkpoint", Color.web("#43a047")),
            Map.entry("noop", Color.web("#9e9e9e")));

    private static final Color UNKNOWN = Color.web("#9e9e9e");

    private KindColors() {
    }

    /** The colour of a kind (grey for unknown kinds). */
    public static Color of(String kind) {
        return COLORS.getOrDefault(kind, UNKNOWN);
    }
}
