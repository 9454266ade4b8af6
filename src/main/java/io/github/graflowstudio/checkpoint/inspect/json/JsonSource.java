package io.github.graflowstudio.checkpoint.inspect.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Jackson parser over one file, with every token passing through a watch for non-standard
 * numbers and integers beyond 64 bits (recorded with their JSON paths), and helpers to read a
 * value as an exact {@link JsonValue} tree (bounded in size) or skip it. Not thread-safe.
 */
public final class JsonSource {
    /** The most values one tree may hold; bigger ones fail with a clear message. */
    static final int MAX_TREE_VALUES = 2_000_000;
    /** The most out-of-range integers whose paths are kept. */
    static final int MAX_RECORDED_PATHS = 100;

    private final JsonParser parser;
    private long nonStandardNumbers;
    private String firstNonStandardPath;
    private String firstNonStandardLiteral;
    private long bigIntegers;
    private final List<String[]> bigIntegerPaths = new ArrayList<>();

    JsonSource(JsonParser parser) {
        this.parser = parser;
    }

    /** The next token, watched. */
    public JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            if (parser.isNaN()) {
                if (nonStandardNumbers++ == 0) {
                    firstNonStandardPath = path();
                    firstNonStandardLiteral = parser.getText();
                }
            }
        } else if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            if (bigIntegers++ < MAX_RECORDED_PATHS) {
                bigIntegerPaths.add(new String[] {path(), parser.getText()});
            }
        }
        return token;
    }

    /** The current token. */
    public JsonToken token() {
        return parser.currentToken();
    }

    /** The current token's text (a member name, a string, a number's literal). */
    public String text() throws IOException {
        return parser.getText();
    }

    /** The current number as a {@code long}; only for integer tokens that fit. */
    public long longValue() throws IOException {
        return parser.getLongValue();
    }

    /** The current number as a double. */
    public double doubleValue() throws IOException {
        return parser.getDoubleValue();
    }

    /** Whether the current integer token fits a {@code long}. */
    public boolean fitsLong() throws IOException {
        JsonParser.NumberType type = parser.getNumberType();
        return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
    }

    /** Fails at the current position (reported like a parse error). */
    public IOException problem(String message) {
        return new JsonParseException(parser, message);
    }

    /** Skips the current value (and everything in it), still watching its numbers. */
    public void skipValue() throws IOException {
        JsonToken token = token();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken next = next();
            if (next == null) {
                throw problem("unexpected end of input");
            }
            if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
                depth++;
            } else if (next == JsonToken.END_OBJECT || next == JsonToken.END_ARRAY) {
                depth--;
            }
        }
    }

    /** Reads the current value as an exact tree (iteratively, at most {@value #MAX_TREE_VALUES} values). */
    public JsonValue readValue() throws IOException {
        Deque<Object> open = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        int values = 0;
        JsonToken token = token();
        if (token == null) {
            throw problem("unexpected end of input");
        }
        while (true) {
            if (++values > MAX_TREE_VALUES) {
                throw problem("a value holds more than " + MAX_TREE_VALUES + " items");
            }
            JsonValue done = null;
            switch (token) {
                case START_OBJECT -> open.push(new LinkedHashMap<String, JsonValue>());
                case START_ARRAY -> open.push(new ArrayList<JsonValue>());
                case END_OBJECT -> {
                    @SuppressWarnings("unchecked")
                    Map<String, JsonValue> members = (Map<String, JsonValue>) open.pop();
                    done = new JsonValue.ObjectValue(members);
                }
                case END_ARRAY -> {
                    @SuppressWarnings("unchecked")
                    List<JsonValue> items = (List<JsonValue>) open.pop();
                    done = new JsonValue.ArrayValue(items);
                }
                case FIELD_NAME -> names.push(parser.getText());
                default -> done = scalar(token);
            }
            if (done != null) {
                if (open.isEmpty()) {
                    return done;
                }
                add(open.peek(), names, done);
            }
            token = next();
            if (token == null) {
                throw problem("unexpected end of input");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(Object container, Deque<String> names, JsonValue value) {
        if (container instanceof Map<?, ?> map) {
            ((Map<String, JsonValue>) map).put(names.pop(), value);
        } else {
            ((List<JsonValue>) container).add(value);
        }
    }

    private JsonValue scalar(JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> new JsonValue.StringValue(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonValue.NumberValue(parser.getText());
            case VALUE_TRUE -> new JsonValue.BooleanValue(true);
            case VALUE_FALSE -> new JsonValue.BooleanValue(false);
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw problem("unexpected token " + token);
        };
    }

    /** The JSON path of the current token, e.g. {@code $.pending_tasks[3].retry_count}. */
    public String path() {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                parts.add("[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null) {
                parts.add(JsonPaths.member(context.getCurrentName()));
            }
        }
        StringBuilder path = new StringBuilder("$");
        for (int i = parts.size() - 1; i >= 0; i--) {
            path.append(parts.get(i));
        }
        return path.toString();
    }

    long nonStandardNumbers() {
        return nonStandardNumbers;
    }

    String firstNonStandardPath() {
        return firstNonStandardPath;
    }

    String firstNonStandardLiteral() {
        return firstNonStandardLiteral;
    }

    long bigIntegers() {
        return bigIntegers;
    }

    /** Path and literal of the first out-of-range integers. */
    List<String[]> bigIntegerPaths() {
        return bigIntegerPaths;
    }
}
