package io.github.graflowstudio.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.ListChangeListener;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The application icon on windows: the PNGs of {@code assets/icons} up to 256 pixels (on the class
 * path under {@value #FOLDER}) as {@link Stage#getIcons()}, so that the window manager shows our icon
 * in title bars, task bars and window switchers instead of the default one.
 *
 * <p>{@link #loadInBackground()} decodes the PNGs on a daemon thread while the main window is
 * being built (decoding them on the FX thread costs start-up time); {@link #apply(Stage)} sets
 * them on one stage, waiting for them if needed; {@link #applyToEveryStage()} does it for every
 * stage the application opens afterwards (dialogs, the inspector, run records).
 *
 * <p>Thread-safety: the images are read once, by the background thread or the first caller of
 * {@link #images()}, from any thread; {@code apply} and {@code applyToEveryStage} are for the FX
 * thread only, and {@code loadInBackground} needs the JavaFX toolkit started.
 */
public final class AppIcons {
    /** Class path folder of the icons. */
    public static final String FOLDER = "/io/github/graflowstudio/assets/icons/";
    /**
     * The sizes used, as {@code icon-<size>.png} in {@link #FOLDER}. The 512 pixel PNG is left out:
     * window managers take window icons up to 256 pixels, and decoding a million more pixels (and
     * compiling the decoder's loops) costs start-up time. The installer's menu entry uses it.
     */
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final CompletableFuture<List<Image>> IMAGES = new CompletableFuture<>();
    private static boolean watchingStages;

    private AppIcons() {
    }

    /** Starts reading the icons on a daemon thread, unless they are read or being read already. */
    public static void loadInBackground() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(() -> {
                try {
                    IMAGES.complete(read());
                } finally {
                    IMAGES.complete(List.of()); // never leave apply() waiting
                }
            }, "studio-icons");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The icons, smallest first; empty if the application was built without them. */
    public static List<Image> images() {
        if (STARTED.compareAndSet(false, true)) {
            IMAGES.complete(read());
        }
        return IMAGES.join();
    }

    private static List<Image> read() {
        List<Image> loaded = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream(FOLDER + "icon-" + size + ".png")) {
                if (in != null) {
                    Image image = new Image(in);
                    if (!image.isError()) {
                        loaded.add(image);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a missing or unreadable size only costs that size
            }
        }
        return List.copyOf(loaded);
    }

    /** Gives {@code stage} the application icons unless it already has icons of its own. */
    public static void apply(Stage stage) {
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(images());
        }
    }

    /** From now on, gives every stage that opens without icons of its own the application icons. */
    public static void applyToEveryStage() {
        if (watchingStages) {
            return;
        }
        watchingStages = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (window instanceof Stage stage) {
                        apply(stage);
                    }
                }
            }
        });
    }
}
