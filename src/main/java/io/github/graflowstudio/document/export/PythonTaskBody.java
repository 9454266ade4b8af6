package io.github.graflowstudio.document.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of one exported task function: its lines (without indentation), whether it needs the
 * context ({@code inject_context=True}), whether it was translated, and which modules and
 * helpers it uses. Built by {@link PythonTaskWriter}. Not thread-safe while being built;
 * effectively immutable afterwards.
 */
final class PythonTaskBody {
    private final List<String> lines = new ArrayList<>();
    private boolean usesContext;
    private boolean translated = true;
    private boolean usesExpressions;
    private boolean usesTime;
    private boolean usesJson;
    private boolean usesCycleGuard;

    /** Adds a line (a nested block starts with four spaces). */
    PythonTaskBody line(String text) {
        lines.add(text);
        return this;
    }

    /** Adds {@code # text} comment lines, one per line of {@code text}. */
    PythonTaskBody comment(String text) {
        for (String part : text.split("\r\n|\r|\n", -1)) {
            lines.add(("# " + PythonSyntax.commentText(part)).stripTrailing());
        }
        return this;
    }

    /** Marks the body as needing the task context. */
    PythonTaskBody needsContext() {
        usesContext = true;
        return this;
    }

    /** Marks the body as not translated (it raises {@code NotImplementedError}). */
    PythonTaskBody notTranslated() {
        translated = false;
        return this;
    }

    /** Marks the body as using the expression helpers (and the context). */
    PythonTaskBody needsExpressions() {
        usesExpressions = true;
        usesContext = true;
        return this;
    }

    /** Marks the body as using {@code time}. */
    PythonTaskBody needsTime() {
        usesTime = true;
        return this;
    }

    /** Marks the body as using {@code json}. */
    PythonTaskBody needsJson() {
        usesJson = true;
        return this;
    }

    /** Marks the body as starting with the cycle guard (and using the context). */
    PythonTaskBody needsCycleGuard() {
        usesCycleGuard = true;
        usesContext = true;
        return this;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    boolean usesContext() {
        return usesContext;
    }

    boolean translated() {
        return translated;
    }

    boolean usesExpressions() {
        return usesExpressions;
    }

    boolean usesTime() {
        return usesTime;
    }

    boolean usesJson() {
        return usesJson;
    }

    boolean usesCycleGuard() {
        return usesCycleGuard;
    }
}
