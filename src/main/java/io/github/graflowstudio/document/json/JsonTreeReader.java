package io.github.graflowstudio.document.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.graflowstudio.document.values.JsonValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Parses strict JSON into a {@link Located} tree with Jackson's streaming parser, reporting
 * malformed input, duplicate keys and trailing content with their position. Stateless and
 * thread-safe (each call makes its own parser).
 */
final class JsonTreeReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonTreeReader() {
    }

    /**
     * Parses a whole text.
     *
     * @param text   the JSON text
     * @param source the file or source name for messages
     * @throws DocumentException with the position of the first problem
     */
    static Located read(String text, String source) throws DocumentException {
        JsonParser parser;
        try {
            parser = FACTORY.createParser(text);
        } catch (IOException e) {
            throw new DocumentException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new DocumentException(source, 1, 1, "the file is empty; expected a JSON object");
            }
            Located root = readValue(parser, first, source);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation where = parser.currentTokenLocation();
                throw new DocumentException(source, where.getLineNr(), where.getColumnNr(),
                        "unexpected content after the end of the JSON value");
            }
            return root;
        } catch (StreamConstraintsException e) {
            JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new DocumentException(source, where.getLineNr(), where.getColumnNr(),
                    "the JSON is too large or too deeply nested: " + firstLine(e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new DocumentException(source, where.getLineNr(), where.getColumnNr(),
                    "malformed JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new DocumentException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Located readValue(JsonParser parser, JsonToken token, String source) throws IOException,
            DocumentException {
        JsonLocation where = parser.currentTokenLocation();
        int line = where.getLineNr();
        int column = where.getColumnNr();
        switch (token) {
            case START_OBJECT -> {
                LinkedHashMap<String, Located> fields = new LinkedHashMap<>();
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation nameAt = parser.currentTokenLocation();
                    if (fields.containsKey(name)) {
                        throw new DocumentException(source, nameAt.getLineNr(), nameAt.getColumnNr(),
                                "duplicate field '" + name + "'");
                    }
                    fields.put(name, readValue(parser, parser.nextToken(), source));
                }
                expectEnd(parser, next, JsonToken.END_OBJECT, source);
                return new Located(fields, line, column);
            }
            case START_ARRAY -> {
                List<Located> elements = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY && next != null) {
                    elements.add(readValue(parser, next, source));
                }
                expectEnd(parser, next, JsonToken.END_ARRAY, source);
                return new Located(elements, line, column);
            }
            case VALUE_STRING -> {
                return new Located(parser.getText(), line, column);
            }
            case VALUE_NUMBER_INT -> {
                return new Located(JsonValues.normaliseNumber(parser.getBigIntegerValue()), line, column);
            }
            case VALUE_NUMBER_FLOAT -> {
                double value = parser.getDoubleValue();
                if (Double.isInfinite(value)) {
                    throw new DocumentException(source, line, column, "number out of range: " + parser.getText());
                }
                return new Located(value, line, column);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Located(token == JsonToken.VALUE_TRUE, line, column);
            }
            case VALUE_NULL -> {
                return new Located(null, line, column);
            }
            default -> throw new DocumentException(source, line, column, "unexpected " + token);
        }
    }

    private static void expectEnd(JsonParser parser, JsonToken actual, JsonToken expected, String source)
            throws DocumentException {
        if (actual != expected) {
            JsonLocation where = parser.currentLocation();
            throw new DocumentException(source, where.getLineNr(), where.getColumnNr(),
                    "malformed JSON: unexpected end of input");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
