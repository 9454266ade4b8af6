package io.github.graflowstudio.checkpoint.inspect.json;

import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import java.util.List;

/** Turns the number watch of a {@link JsonSource} into flags. Stateless and thread-safe. */
final class NumberFlags {
    private NumberFlags() {
    }

    static void add(List<InspectionFlag> flags, JsonSource source, String label) {
        if (source.nonStandardNumbers() > 0) {
            flags.add(InspectionFlag.atPath(FlagCode.NONSTANDARD_JSON_NUMBERS, label + " has "
                    + source.nonStandardNumbers() + " non-standard number token(s) (NaN, Infinity, -Infinity); first "
                    + source.firstNonStandardLiteral() + " at " + source.firstNonStandardPath(),
                    source.firstNonStandardPath()));
        }
        for (String[] pathAndLiteral : source.bigIntegerPaths()) {
            String literal = pathAndLiteral[1];
            String shown = literal.length() > 60 ? literal.substring(0, 40) + "... (" + literal.length() + " digits)"
                    : literal;
            flags.add(InspectionFlag.atPath(FlagCode.INT_BEYOND_INT64, label + ": " + shown + " at "
                    + pathAndLiteral[0] + " is outside the signed 64-bit range", pathAndLiteral[0]));
        }
        long unlisted = source.bigIntegers() - source.bigIntegerPaths().size();
        if (unlisted > 0) {
            flags.add(InspectionFlag.of(FlagCode.INT_BEYOND_INT64, label + ": " + unlisted
                    + " more integers outside the signed 64-bit range"));
        }
    }
}
