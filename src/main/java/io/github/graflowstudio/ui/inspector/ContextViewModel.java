package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.ContextSummary;
import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.NonSerializableValue;
import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import io.github.graflowstudio.checkpoint.inspect.model.VisibleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * The context tab of studio sets: the channel's values, the tasks' results ({@code <id>.__result__}
 * keys), the values the writer could not serialise (marked as errors, with type and reason) and the
 * run's settings and counters, as a tree for a tree table. FX thread for the properties; the tree
 * is built on the loading worker.
 */
public final class ContextViewModel {
    /** The channel key suffix under which a task's result is stored. */
    static final String RESULT_SUFFIX = io.github.graflowstudio.engine.Channel.RESULT_SUFFIX;
    private final SimpleObjectProperty<ValueNode> root = new SimpleObjectProperty<>(this, "root",
            ValueNode.group("context", "", List.of()));
    private final SimpleStringProperty summary = new SimpleStringProperty(this, "summary", "");

    /** The tree: Channel, Results, Not serialisable, Run settings. */
    public ReadOnlyObjectProperty<ValueNode> rootProperty() {
        return root;
    }

    /** "12 channel values · 3 results · 1 not serialisable", or why there is nothing to show. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Shows a built tree (FX thread). */
    void show(Tree tree) {
        root.set(tree.root());
        summary.set(tree.summary());
    }

    /**
     * A built tree and its summary.
     *
     * @param root    the root
     * @param summary the summary line
     */
    record Tree(ValueNode root, String summary) {
    }

    /** Builds the tree of a set (on a worker). */
    static Tree build(CheckpointInspection inspection, ChannelContent channel) {
        if (inspection.format() != CheckpointFormat.STUDIO && channel.status() == FileStatus.MISSING) {
            return new Tree(ValueNode.group("context", "", List.of()), "Only Graflow Studio sets have a context file;"
                    + " a Python Graflow context is inside the .pkl (see the Pickle tab).");
        }
        List<ValueNode> values = new ArrayList<>();
        List<ValueNode> results = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : channel.values().entrySet()) {
            String key = entry.getKey();
            if (key.endsWith(RESULT_SUFFIX) && key.length() > RESULT_SUFFIX.length()) {
                results.add(ValueNode.ofJson(VisibleText.of(key.substring(0, key.length() - RESULT_SUFFIX.length())),
                        entry.getValue()));
            } else {
                values.add(ValueNode.ofJson(VisibleText.of(key), entry.getValue()));
            }
        }
        ContextSummary context = inspection.context();
        List<ValueNode> leftOut = new ArrayList<>();
        if (context != null) {
            for (NonSerializableValue value : context.nonSerializableValues()) {
                leftOut.add(ValueNode.marked(InspectorFormat.visible(value.key()),
                        value.type() == null ? "unknown type" : value.type(), "not written",
                        Severity.ERROR, value.reason() == null ? "no reason recorded" : value.reason()));
            }
        }
        List<ValueNode> settings = new ArrayList<>();
        if (context != null) {
            context.fields().forEach((key, value) -> settings.add(ValueNode.ofJson(VisibleText.of(key), value)));
        }
        List<ValueNode> groups = new ArrayList<>();
        groups.add(ValueNode.group("Channel", InspectorFormat.plural(values.size(), "value", "values"), values));
        groups.add(ValueNode.group("Results", InspectorFormat.plural(results.size(), "result", "results"), results));
        if (!leftOut.isEmpty()) {
            groups.add(ValueNode.group("Not serialisable", InspectorFormat.plural(leftOut.size(), "value", "values")
                    + " left out", leftOut));
        }
        groups.add(ValueNode.group("Run settings", InspectorFormat.plural(settings.size(), "field", "fields"),
                settings));
        String text = InspectorFormat.plural(values.size(), "channel value", "channel values") + " · "
                + InspectorFormat.plural(results.size(), "result", "results")
                + (leftOut.isEmpty() ? "" : " · " + InspectorFormat.count(leftOut.size()) + " not serialisable");
        if (channel.problem() != null) {
            text = "The context file could not be read: " + channel.problem();
        } else if (channel.status() == FileStatus.MISSING) {
            text = "The context file is missing.";
        }
        return new Tree(ValueNode.group("context", "", groups), text);
    }
}
