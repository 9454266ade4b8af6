package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Renders single values to bytes with Jackson, pretty-printed as {@link IndentingPrettyPrinter}
 * (and so Jackson's default printer) would write them at a given object depth: the reference output
 * that {@link PrettyJsonOutput} copies. Used for what that class does not write itself (strings that
 * need escaping, numbers that are not finite, unusual tree nodes) and for the {@code task_data} and
 * {@code options} rendered once per write ({@link EncodedTasks}).
 *
 * <p>Not thread-safe: one instance per write (it reuses one byte buffer).
 */
final class JacksonRendering {
    private final ObjectMapper mapper;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    /** Renders with {@code mapper}'s factory and default generator settings. */
    JacksonRendering(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A string value, quoted and escaped. */
    byte[] string(String value) throws IOException {
        try (JsonGenerator generator = open(0)) {
            generator.writeString(value);
        }
        return take();
    }

    /** A number as Jackson writes a {@code double} ({@code "NaN"} and the infinities quoted). */
    byte[] number(double value) throws IOException {
        try (JsonGenerator generator = open(0)) {
            generator.writeNumber(value);
        }
        return take();
    }

    /** A tree as the pretty printer lays it out at object depth {@code nesting}. */
    byte[] tree(JsonNode value, int nesting) throws IOException {
        try (JsonGenerator generator = open(nesting)) {
            mapper.writeTree(generator, value);
        }
        return take();
    }

    private JsonGenerator open(int nesting) throws IOException {
        JsonGenerator generator = mapper.getFactory().createGenerator(bytes, JsonEncoding.UTF8);
        generator.setPrettyPrinter(new IndentingPrettyPrinter(nesting));
        return generator;
    }

    private byte[] take() {
        byte[] rendered = bytes.toByteArray();
        bytes.reset();
        return rendered;
    }
}
