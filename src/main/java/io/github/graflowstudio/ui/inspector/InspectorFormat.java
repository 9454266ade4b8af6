package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.JsonValue;
import io.github.graflowstudio.checkpoint.inspect.model.Severity;
import io.github.graflowstudio.checkpoint.inspect.model.VisibleText;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Display texts shared by the inspector's view models. Stateless and thread-safe. */
final class InspectorFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    /** The largest epoch second shown as a date (the year 9999). */
    private static final double LATEST = 253_402_300_799d;

    private InspectorFormat() {
    }

    /** Epoch seconds as {@code 2026-11-28 05:04:17.015 UTC}; the number itself when out of range; "" for null. */
    static String epochSeconds(Double seconds) {
        if (seconds == null) {
            return "";
        }
        if (!Double.isFinite(seconds) || Math.abs(seconds) > LATEST) {
            return String.valueOf(seconds);
        }
        long millis = Math.round(seconds * 1000);
        return TIME.format(Instant.ofEpochMilli(millis));
    }

    /** A count with thousands separators: {@code 100,000}. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** "1 entry" / "3 entries" style plurals. */
    static String plural(long value, String one, String many) {
        return count(value) + " " + (value == 1 ? one : many);
    }

    /** The made-visible form of a text, or an em dash for {@code null}. */
    static String visible(String text) {
        return text == null ? "—" : VisibleText.of(text);
    }

    /** A JSON value in one line (text values made visible), or an em dash for {@code null}. */
    static String json(JsonValue value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof JsonValue.StringValue text) {
            return VisibleText.of(text.value());
        }
        return value.toJson();
    }

    /** Error, Warning, Info or None. */
    static String severityTitle(Severity severity) {
        String name = severity.wireName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
