package io.github.graflowstudio.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Find by id: case-insensitive, exact matches first, nothing for an empty text. */
class IdSearchTest {
    private static final List<String> IDS = List.of("load_users", "Load", "store", "unload", "loader");

    @Test
    void exactMatchesComeFirstThenTheOthersInOrder() {
        assertEquals(List.of("Load", "load_users", "unload", "loader"), IdSearch.find(IDS, "load"));
        assertEquals(List.of("store"), IdSearch.find(IDS, "STORE"));
    }

    @Test
    void nothingMatchesFindsNothingAndAnEmptyTextOnlyAnEmptyId() {
        assertEquals(List.of(), IdSearch.find(IDS, "fetch"));
        assertEquals(List.of(), IdSearch.find(IDS, ""));
        assertEquals(List.of(""), IdSearch.find(List.of("a", ""), ""));
    }
}
