package io.github.graflowstudio.checkpoint.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.checkpoint.inspect.model.VisibleText;
import org.junit.jupiter.api.Test;

/** Display forms never hide a character and never make two ids look alike. */
class VisibleTextTest {
    @Test
    void plainIdsShowAsThemselves() {
        assertEquals("step_1", VisibleText.of("step_1"));
        assertEquals("caf\u00e9 \ud83d\ude00 \u4efb\u52a1", VisibleText.of("caf\u00e9 \ud83d\ude00 \u4efb\u52a1"));
        assertTrue(VisibleText.isPlain("a b"));
    }

    @Test
    void invisibleAndControlCharactersAreEscaped() {
        assertEquals("a\\nb\\tc\\r", VisibleText.of("a\nb\tc\r"));
        assertEquals("\\u200bx\\ufeff\\u00a0\\u2028", VisibleText.of("\u200bx\ufeff\u00a0\u2028"));
        assertEquals("\\u0001\\u007f\\u0085", VisibleText.of("\u0001\u007f\u0085"));
        assertEquals("lone\\ud800 and \\udc00", VisibleText.of("lone\ud800 and \udc00"));
    }

    @Test
    void backslashesEdgeSpacesAndEmptyAreUnambiguous() {
        assertEquals("a\\\\u200b", VisibleText.of("a\\u200b"));
        assertEquals("\\u0020a\\u0020", VisibleText.of(" a "));
        assertEquals("\"\"", VisibleText.of(""));
        assertNull(VisibleText.of(null));
        assertFalse(VisibleText.of("a\u200b").equals(VisibleText.of("a\\u200b")));
    }
}
