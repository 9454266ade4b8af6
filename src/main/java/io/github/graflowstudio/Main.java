package io.github.graflowstudio;

import io.github.graflowstudio.cli.StudioCommandLine;

/**
 * The launcher of {@code graflow-studio.jar}: no arguments (or only GUI options such as
 * {@code --inspect PATH}) start the desktop app; a subcommand ({@code run}, {@code validate},
 * {@code inspect}, ...) runs the command line without loading JavaFX.
 *
 * <p>Does not extend {@code Application}, so the fat jar starts on a plain class path.
 */
public final class Main {
    private Main() {
    }

    /**
     * Dispatches to the GUI or the CLI.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        if (StudioCommandLine.isCommand(args)) {
            System.exit(StudioCommandLine.execute(args));
        }
        GuiEntry.launch(args);
    }

    /** Kept in its own class so that JavaFX is loaded only when the GUI starts. */
    private static final class GuiEntry {
        static void launch(String[] args) {
            io.github.graflowstudio.ui.app.StudioApplication.launchApp(args);
        }
    }
}
