package io.github.graflowstudio.document.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares exported text with a golden file in {@code src/test/resources/export/}. Run with
 * {@code -Dexport.golden.write=true} to (re)write the files, then check them by eye.
 */
final class GoldenFiles {
    private static final Path FOLDER = Path.of("src", "test", "resources", "export");

    private GoldenFiles() {
    }

    /** Fails unless {@code actual} equals the golden file exactly. */
    static void assertGolden(String fileName, String actual) throws IOException {
        Path file = FOLDER.resolve(fileName);
        if (Boolean.getBoolean("export.golden.write")) {
            Files.createDirectories(FOLDER);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, fileName);
    }
}
