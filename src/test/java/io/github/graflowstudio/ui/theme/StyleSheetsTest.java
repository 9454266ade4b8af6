package io.github.graflowstudio.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** The shared sheet and both themes parse without a single CSS error (a lost brace silently drops every rule after it). */
class StyleSheetsTest {

    @Test
    void themesParseCleanly() throws Exception {
        for (String sheet : List.of("base.css", "light.css", "dark.css")) {
            URL url = getClass().getResource("/io/github/graflowstudio/ui/theme/" + sheet);
            assertNotNull(url, sheet);
            CssParser.errorsProperty().clear();
            new CssParser().parse(url);
            assertEquals(List.of(), List.copyOf(CssParser.errorsProperty()).stream().map(Object::toString).toList(), sheet);
        }
    }
}
