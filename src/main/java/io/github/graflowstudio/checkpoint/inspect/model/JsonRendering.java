package io.github.graflowstudio.checkpoint.inspect.model;

import java.util.Iterator;
import java.util.Map;

/** Compact JSON text of a {@link JsonValue} for display, cut at a length. Stateless and thread-safe. */
final class JsonRendering {
    private JsonRendering() {
    }

    /** Appends the value's JSON text, stopping once the target is longer than {@code limit}. */
    static void append(StringBuilder target, JsonValue value, int limit) {
        if (target.length() > limit) {
            return;
        }
        if (value instanceof JsonValue.ObjectValue object) {
            target.append('{');
            Iterator<Map.Entry<String, JsonValue>> members = object.members().entrySet().iterator();
            while (members.hasNext() && target.length() <= limit) {
                Map.Entry<String, JsonValue> member = members.next();
                quote(target, member.getKey());
                target.append(": ");
                append(target, member.getValue(), limit);
                if (members.hasNext()) {
                    target.append(", ");
                }
            }
            target.append('}');
        } else if (value instanceof JsonValue.ArrayValue array) {
            target.append('[');
            for (int i = 0; i < array.items().size() && target.length() <= limit; i++) {
                if (i > 0) {
                    target.append(", ");
                }
                append(target, array.items().get(i), limit);
            }
            target.append(']');
        } else if (value instanceof JsonValue.StringValue text) {
            quote(target, text.value());
        } else if (value instanceof JsonValue.NumberValue number) {
            target.append(number.literal());
        } else if (value instanceof JsonValue.BooleanValue bool) {
            target.append(bool.value());
        } else {
            target.append("null");
        }
    }

    private static void quote(StringBuilder target, String text) {
        target.append('"').append(VisibleText.escape(text).replace("\"", "\\\"")).append('"');
    }
}
