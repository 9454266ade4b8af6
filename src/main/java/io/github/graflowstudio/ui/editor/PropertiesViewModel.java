package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.RetryBackoff;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.edit.EditCommands;
import io.github.graflowstudio.document.kinds.ConfigField;
import io.github.graflowstudio.document.kinds.ConfigProblem;
import io.github.graflowstudio.document.kinds.TaskKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.SetChangeListener;

/**
 * The properties of the single selected node or group, and the undoable edits of the form:
 * rename (references follow), config fields with inline validation, options (retries, backoff,
 * cycles), the note, a group's policy. FX thread only; testable without a display.
 */
public final class PropertiesViewModel {
    private final EditorViewModel editor;
    private final SimpleObjectProperty<String> subject = new SimpleObjectProperty<>(this, "subject");

    /** Properties of the editor's selection. */
    public PropertiesViewModel(EditorViewModel editor) {
        this.editor = editor;
        editor.selection().addListener((SetChangeListener<String>) change -> update());
        editor.documentProperty().addListener((obs, old, now) -> update());
        update();
    }

    private void update() {
        String only = editor.selection().size() == 1 ? editor.selection().iterator().next() : null;
        if (only != null && !editor.document().hasId(only)) {
            only = null;
        }
        subject.set(null);
        subject.set(only);
    }

    /** The id shown (changes whenever the form must be rebuilt), or {@code null}. */
    public ReadOnlyObjectProperty<String> subjectProperty() {
        return subject;
    }

    /** The shown node, if the subject is a node. */
    public Optional<WorkflowNode> node() {
        return subject.get() == null ? Optional.empty() : editor.document().node(subject.get());
    }

    /** The shown group, if the subject is a group. */
    public Optional<WorkflowGroup> group() {
        return subject.get() == null ? Optional.empty() : editor.document().group(subject.get());
    }

    /** The kind of the shown node. */
    public Optional<TaskKind> kind() {
        return node().flatMap(node -> editor.kinds().find(node.kind()));
    }

    /** The config fields of the shown node's kind. */
    public List<ConfigField> fields() {
        return kind().map(TaskKind::fields).orElse(List.of());
    }

    /** The text of a config field. */
    public String fieldText(ConfigField field) {
        return node().map(node -> FieldText.format(field.type(), node.config().get(field.name()))).orElse("");
    }

    /** Validation messages of one field for the current config. */
    public List<String> fieldProblems(String fieldName) {
        List<String> messages = new ArrayList<>();
        Optional<WorkflowNode> node = node();
        Optional<TaskKind> kind = kind();
        if (node.isPresent() && kind.isPresent()) {
            for (ConfigProblem problem : kind.get().validate(node.get().config())) {
                if (fieldName.equals(problem.field())) {
                    messages.add(problem.message());
                }
            }
        }
        return messages;
    }

    /** Renames the subject; returns an error message or {@code null}. */
    public String rename(String newId) {
        String oldId = subject.get();
        if (oldId == null || oldId.equals(newId)) {
            return null;
        }
        if (newId == null || newId.isBlank()) {
            return "The id must not be blank";
        }
        if (editor.document().hasId(newId)) {
            return "The id '" + newId + "' is already used";
        }
        editor.rename(oldId, newId);
        return null;
    }

    /** Sets a config field from form text; returns an error message or {@code null}. */
    public String setField(ConfigField field, String text) {
        WorkflowNode node = node().orElse(null);
        if (node == null) {
            return null;
        }
        Optional<Object> value;
        try {
            value = FieldText.parse(field.type(), text);
        } catch (IllegalArgumentException e) {
            return field.name() + " " + e.getMessage();
        }
        Map<String, Object> config = new LinkedHashMap<>(node.config());
        if (value.isPresent()) {
            config.put(field.name(), value.get());
        } else {
            config.remove(field.name());
        }
        editor.execute(EditCommands.updateNode(node.id(), "Change " + field.name() + " of " + node.id(),
                current -> current.withConfig(config)));
        List<String> problems = fieldProblems(field.name());
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    /** Sets max retries (blank clears); returns an error or {@code null}. */
    public String setMaxRetries(String text) {
        return setOptionalInt(text, "max retries", 0, (node, value) -> node.withMaxRetries(value));
    }

    /** Sets max cycles (blank clears); returns an error or {@code null}. */
    public String setMaxCycles(String text) {
        return setOptionalInt(text, "max cycles", 1, (node, value) -> node.withMaxCycles(value));
    }

    /** Sets the backoff (blank initial clears it); returns an error or {@code null}. */
    public String setBackoff(String initialMillis, String factor, String maxMillis) {
        WorkflowNode node = node().orElse(null);
        if (node == null) {
            return null;
        }
        RetryBackoff backoff;
        if (initialMillis == null || initialMillis.isBlank()) {
            backoff = null;
        } else {
            try {
                backoff = RetryBackoff.of(Long.parseLong(initialMillis.trim()),
                        factor == null || factor.isBlank() ? 2.0 : Double.parseDouble(factor.trim()),
                        maxMillis == null || maxMillis.isBlank() ? 60_000 : Long.parseLong(maxMillis.trim()), false);
            } catch (NumberFormatException e) {
                return "Backoff needs numbers: initial and max in milliseconds, factor >= 1";
            }
            if (backoff.initialMillis() < 0 || backoff.factor() < 1 || backoff.maxMillis() < 0) {
                return "Backoff needs initial >= 0 ms, factor >= 1 and max >= 0 ms";
            }
        }
        RetryBackoff chosen = backoff;
        editor.execute(EditCommands.updateNode(node.id(), "Change backoff of " + node.id(),
                current -> current.withRetryBackoff(chosen)));
        return null;
    }

    /** Sets the note. */
    public void setNote(String text) {
        node().ifPresent(node -> editor.execute(EditCommands.updateNode(node.id(), "Change note of " + node.id(),
                current -> current.withNote(text == null || text.isBlank() ? null : text))));
    }

    /** Sets the shown group's policy; returns an error or {@code null}. */
    public String setGroupPolicy(String type, String n, String criticalIds) {
        WorkflowGroup group = group().orElse(null);
        if (group == null) {
            return null;
        }
        GroupPolicySpec policy;
        switch (type) {
            case GroupPolicySpec.STRICT -> policy = GroupPolicySpec.strict();
            case GroupPolicySpec.BEST_EFFORT -> policy = GroupPolicySpec.bestEffort();
            case GroupPolicySpec.AT_LEAST_N -> {
                try {
                    int count = Integer.parseInt(n == null ? "" : n.trim());
                    if (count < 1 || count > group.members().size()) {
                        return "n must be between 1 and " + group.members().size();
                    }
                    policy = GroupPolicySpec.atLeast(count);
                } catch (NumberFormatException e) {
                    return "at_least_n needs a whole number n";
                }
            }
            case GroupPolicySpec.CRITICAL -> {
                List<String> ids = new ArrayList<>();
                for (String id : (criticalIds == null ? "" : criticalIds).split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.trim());
                    }
                }
                if (ids.isEmpty() || !group.members().containsAll(ids)) {
                    return "critical needs member ids separated by commas: " + group.members();
                }
                policy = GroupPolicySpec.critical(ids);
            }
            default -> {
                return "Unknown policy " + type;
            }
        }
        editor.execute(EditCommands.setGroupPolicy(group.id(), policy));
        return null;
    }

    private String setOptionalInt(String text, String what, int minimum,
                                  java.util.function.BiFunction<WorkflowNode, Integer, WorkflowNode> change) {
        WorkflowNode node = node().orElse(null);
        if (node == null) {
            return null;
        }
        Integer value = null;
        if (text != null && !text.isBlank()) {
            try {
                value = Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                return what + " must be a whole number";
            }
            if (value < minimum) {
                return what + " must be at least " + minimum;
            }
        }
        Integer chosen = value;
        editor.execute(EditCommands.updateNode(node.id(), "Change " + what + " of " + node.id(),
                current -> change.apply(current, chosen)));
        return null;
    }
}
