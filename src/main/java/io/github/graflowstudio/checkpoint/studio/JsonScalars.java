package io.github.graflowstudio.checkpoint.studio;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Reads a scalar field at a {@link JsonScanner}'s position as {@code JsonNode}'s {@code asText},
 * {@code asInt}, {@code asDouble} and {@code asBoolean} would: the usual token types directly, any
 * other value through its tree. Stateless and thread-safe.
 */
final class JsonScalars {
    private JsonScalars() {
    }

    /** A string, {@code null} for JSON null, else the value's text. */
    static String text(JsonScanner scanner) throws IOException {
        return switch (scanner.token()) {
            case STRING -> scanner.text();
            case NULL -> null;
            default -> JsonTreeReader.read(scanner).asText();
        };
    }

    /** An {@code int}. */
    static int intValue(JsonScanner scanner, int otherwise) throws IOException {
        if (scanner.token() == JsonScanner.Token.INTEGER && scanner.fitsLong()) {
            return (int) scanner.longValue();
        }
        return JsonTreeReader.read(scanner).asInt(otherwise);
    }

    /** A {@code double}. */
    static double doubleValue(JsonScanner scanner, double otherwise) throws IOException {
        JsonScanner.Token token = scanner.token();
        if (token == JsonScanner.Token.DECIMAL || token == JsonScanner.Token.INTEGER) {
            return scanner.doubleValue();
        }
        return JsonTreeReader.read(scanner).asDouble(otherwise);
    }

    /** A {@code boolean}. */
    static boolean bool(JsonScanner scanner, boolean otherwise) throws IOException {
        return switch (scanner.token()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> {
                JsonNode value = JsonTreeReader.read(scanner);
                yield value.asBoolean(otherwise);
            }
        };
    }
}
