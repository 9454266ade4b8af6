package io.github.graflowstudio.ui.app;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Attaches a tab's content to the scene only when the tab is first selected. A tab pane styles
 * and skins the content of every tab, hidden ones too, when its window is shown; the debugger's
 * tables and trees behind tabs nobody has opened yet cost start-up time for nothing. The content
 * is built as before and kept up to date by its models while detached. FX thread only.
 */
final class LazyTabContent {
    private LazyTabContent() {
    }

    /** Detaches the content of {@code tab} until it is selected; a selected or empty tab is left as it is. */
    static void install(Tab tab) {
        Node content = tab.getContent();
        if (content == null || tab.isSelected()) {
            return;
        }
        tab.setContent(null);
        ChangeListener<Boolean> attach = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> selected, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    if (tab.getContent() == null) {
                        tab.setContent(content);
                    }
                }
            }
        };
        tab.selectedProperty().addListener(attach);
    }
}
