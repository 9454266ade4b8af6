package io.github.graflowstudio.checkpoint.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The shared Graflow fixture sets and helpers to copy them for tests. */
final class Fixtures {
    static final Path ROOT = Path.of(System.getProperty("studio.shared.dir", "../shared"), "fixtures",
            "graflow-checkpoints");
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    /** The names of all fixture sets (folders with an _expected.json). */
    static List<String> names() {
        try (Stream<Path> folders = Files.list(ROOT)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("_expected.json")))
                    .map(folder -> folder.getFileName().toString()).sorted().toList();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The base path of a fixture set. */
    static Path base(String name) {
        return ROOT.resolve(name).resolve("checkpoint");
    }

    /** The first checkpoint record of the set's _expected.json. */
    static JsonNode expected(String name) {
        try {
            return MAPPER.readTree(ROOT.resolve(name).resolve("_expected.json").toFile()).get("checkpoints").get(0);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The pending ids the expected record lists (head, then tail). */
    static List<String> expectedPendingIds(JsonNode expected) {
        List<String> ids = new ArrayList<>();
        expected.get("state").get("pending_task_ids_head").forEach(id -> ids.add(id.asText()));
        expected.get("state").get("pending_task_ids_tail").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** The flag codes the expected record lists, in order. */
    static List<String> expectedFlagCodes(JsonNode expected) {
        List<String> codes = new ArrayList<>();
        expected.get("flags").forEach(flag -> codes.add(flag.get("code").asText()));
        return codes;
    }

    /** Copies a fixture set into a folder; returns the new base. */
    static Path copy(String name, Path folder) {
        try {
            Path target = Files.createDirectories(folder.resolve(name));
            for (String suffix : List.of(".pkl", ".state.json", ".meta.json")) {
                Files.copy(base(name).resolveSibling("checkpoint" + suffix), target.resolve("checkpoint" + suffix),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            return target.resolve("checkpoint");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
