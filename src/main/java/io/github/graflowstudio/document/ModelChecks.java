package io.github.graflowstudio.document;

import io.github.graflowstudio.document.values.JsonValues;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Argument checks shared by the model records. Stateless and thread-safe. */
final class ModelChecks {
    private ModelChecks() {
    }

    /** Freezes an extra-field map and refuses keys that the record models itself. */
    static Map<String, Object> extra(Map<String, Object> extra, Set<String> knownFields, String owner) {
        Map<String, Object> frozen = JsonValues.freezeObject(extra);
        for (String key : frozen.keySet()) {
            if (knownFields.contains(key)) {
                throw new IllegalArgumentException(owner + ": extra field '" + key + "' is a modelled field");
            }
        }
        return frozen;
    }

    /** A non-null string (blank allowed: the validator reports blank ids). */
    static String required(String value, String what) {
        return Objects.requireNonNull(value, what + " must not be null");
    }

    /** A finite coordinate. */
    static double coordinate(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, was " + value);
        }
        return value;
    }
}
