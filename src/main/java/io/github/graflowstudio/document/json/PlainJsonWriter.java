package io.github.graflowstudio.document.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes plain JSON-like values with {@link StablePrettyPrinter}. Arrays of at most
 * {@link #INLINE_LIMIT} scalars go on one line. Stateless and thread-safe.
 */
final class PlainJsonWriter {
    /** The most scalars an array may hold to be written on one line. */
    static final int INLINE_LIMIT = 8;
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private PlainJsonWriter() {
    }

    /** The pretty text of a value, ending with a line break. */
    static String write(Object value) {
        StringWriter out = new StringWriter();
        StablePrettyPrinter printer = new StablePrettyPrinter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setPrettyPrinter(printer);
            writeValue(generator, printer, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void writeValue(JsonGenerator generator, StablePrettyPrinter printer, Object value)
            throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            generator.writeNumber(big);
        } else if (value instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else if (value instanceof Number number) {
            generator.writeNumber(number.doubleValue());
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(generator, printer, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            if (!list.isEmpty() && list.size() <= INLINE_LIMIT
                    && list.stream().noneMatch(element -> element instanceof Map || element instanceof List)) {
                printer.inlineNextArray();
            }
            generator.writeStartArray();
            for (Object element : list) {
                writeValue(generator, printer, element);
            }
            generator.writeEndArray();
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }
}
