package io.github.graflowstudio.ui.editor;

import io.github.graflowstudio.document.GroupPolicySpec;
import io.github.graflowstudio.document.RetryBackoff;
import io.github.graflowstudio.document.WorkflowGroup;
import io.github.graflowstudio.document.WorkflowNode;
import io.github.graflowstudio.document.kinds.ConfigField;
import io.github.graflowstudio.document.kinds.FieldType;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The properties panel: a form for the selected node (id, kind, config fields, options, note) or
 * group (id, members, policy). Text fields commit on Enter or when focus leaves; errors show
 * under the field. FX thread only.
 */
public final class PropertiesView extends ScrollPane {
    private final PropertiesViewModel model;
    private final VBox form = new VBox(4);

    /** A panel over the properties view model. */
    public PropertiesView(PropertiesViewModel model) {
        this.model = model;
        setId("properties");
        setFitToWidth(true);
        form.setPadding(new Insets(10));
        setContent(form);
        model.subjectProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        form.getChildren().clear();
        Label title = new Label("Properties");
        title.getStyleClass().add("panel-title");
        form.getChildren().add(title);
        if (model.node().isPresent()) {
            buildNode(model.node().get());
        } else if (model.group().isPresent()) {
            buildGroup(model.group().get());
        } else {
            Label hint = new Label("Select one task or group to edit it.");
            hint.setWrapText(true);
            form.getChildren().add(hint);
        }
    }

    private void buildNode(WorkflowNode node) {
        addText("propId", "Id", node.id(), "Renaming updates edges, groups and branch targets.", model::rename);
        Label kind = new Label("Kind: " + node.kind());
        kind.setTooltip(new Tooltip(model.kind().map(k -> k.description()).orElse("Unknown kind")));
        form.getChildren().add(kind);
        form.getChildren().add(new Separator());
        for (ConfigField field : model.fields()) {
            String label = field.name() + (field.required() ? " *" : "");
            if (field.type() == FieldType.BOOLEAN) {
                addCheck(field, label);
            } else {
                addText("field-" + field.name(), label, model.fieldText(field), field.help() + " (" + field.type().description() + ")",
                        text -> model.setField(field, text), model.fieldProblems(field.name()));
            }
        }
        form.getChildren().add(new Separator());
        addText("propMaxRetries", "Max retries", node.maxRetries() == null ? "" : String.valueOf(node.maxRetries()),
                "Retries after the first attempt; blank uses the run's default.", model::setMaxRetries);
        RetryBackoff backoff = node.retryBackoff();
        TextField factor = new TextField(backoff == null ? "" : String.valueOf(backoff.factor()));
        TextField max = new TextField(backoff == null ? "" : String.valueOf(backoff.maxMillis()));
        addText("propBackoff", "Backoff initial (ms)", backoff == null ? "" : String.valueOf(backoff.initialMillis()),
                "Delay before the first retry; blank for none.", text -> model.setBackoff(text, factor.getText(), max.getText()));
        factor.setPromptText("factor (2.0)");
        max.setPromptText("max ms (60000)");
        form.getChildren().addAll(factor, max);
        addText("propMaxCycles", "Max cycles", node.maxCycles() == null ? "" : String.valueOf(node.maxCycles()),
                "How often the task may run in loops; blank uses the default (10).", model::setMaxCycles);
        Label noteLabel = new Label("Note");
        TextArea note = new TextArea(node.note() == null ? "" : node.note());
        note.setId("propNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.setNote(note.getText());
            }
        });
        form.getChildren().addAll(noteLabel, note);
    }

    private void buildGroup(WorkflowGroup group) {
        addText("propId", "Id", group.id(), "Renaming updates edges that use the group.", model::rename);
        form.getChildren().add(new Label("Members: " + String.join(", ", group.members())));
        ComboBox<String> policy = new ComboBox<>();
        policy.setId("propPolicy");
        policy.getItems().setAll(GroupPolicySpec.TYPES);
        policy.setValue(group.policy().type());
        TextField n = new TextField(group.policy().n() == null ? "" : String.valueOf(group.policy().n()));
        n.setPromptText("n (at_least_n)");
        TextField critical = new TextField(String.join(", ", group.policy().criticalIds()));
        critical.setPromptText("critical member ids (critical)");
        Label error = errorLabel(List.of());
        Runnable apply = () -> show(error, model.setGroupPolicy(policy.getValue(), n.getText(), critical.getText()));
        policy.setOnAction(event -> apply.run());
        n.setOnAction(event -> apply.run());
        critical.setOnAction(event -> apply.run());
        policy.setTooltip(new Tooltip("strict: any failure fails the group; best_effort: continue; "
                + "at_least_n: n members must succeed; critical: only the listed members matter"));
        form.getChildren().addAll(new Label("Policy"), policy, n, critical, error);
    }

    private void addCheck(ConfigField field, String label) {
        CheckBox box = new CheckBox(label);
        box.setId("field-" + field.name());
        box.setSelected("true".equals(model.fieldText(field)));
        box.setTooltip(new Tooltip(field.help()));
        box.setOnAction(event -> model.setField(field, String.valueOf(box.isSelected())));
        form.getChildren().add(box);
    }

    private void addText(String id, String label, String value, String help, Function<String, String> commit) {
        addText(id, label, value, help, commit, List.of());
    }

    private void addText(String id, String label, String value, String help, Function<String, String> commit,
                         List<String> problems) {
        Label caption = new Label(label);
        TextInputControl input = new TextField(value);
        input.setId(id);
        input.setTooltip(new Tooltip(help));
        Label error = errorLabel(problems);
        Runnable apply = () -> {
            if (!input.getText().equals(value)) {
                show(error, commit.apply(input.getText()));
            }
        };
        ((TextField) input).setOnAction(event -> apply.run());
        input.focusedProperty().addListener((obs, was, now) -> {
            if (!now && input.getScene() != null) {
                apply.run();
            }
        });
        form.getChildren().addAll(caption, input, error);
    }

    private static Label errorLabel(List<String> problems) {
        Label error = new Label(String.join("; ", problems));
        error.getStyleClass().add("problem-error");
        error.setWrapText(true);
        error.setManaged(!problems.isEmpty());
        error.setVisible(!problems.isEmpty());
        return error;
    }

    private static void show(Label error, String message) {
        boolean has = message != null && !message.isBlank();
        error.setText(has ? message : "");
        error.setManaged(has);
        error.setVisible(has);
    }
}
