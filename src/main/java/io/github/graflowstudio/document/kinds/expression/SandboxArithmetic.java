package io.github.graflowstudio.document.kinds.expression;

import io.github.graflowstudio.document.values.JsonValues;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.jexl3.JexlArithmetic;

/**
 * JEXL's strict arithmetic with bounds: strings built by {@code +} stay under
 * {@link #MAX_STRING_LENGTH} characters, integers under {@link #MAX_INTEGER_BITS} bits, a
 * container is never turned into a string by {@code +}, and {@code =~} / {@code !~} with a
 * regular expression stop when the evaluation is cancelled.
 *
 * <p>Immutable and thread-safe.
 */
final class SandboxArithmetic extends JexlArithmetic {
    /** The longest string {@code +} may build. */
    static final int MAX_STRING_LENGTH = 1_000_000;
    /** The largest integer (in bits) arithmetic may build. */
    static final int MAX_INTEGER_BITS = 4096;

    SandboxArithmetic() {
        super(true);
    }

    private SandboxArithmetic(boolean strict, MathContext context, int scale) {
        super(strict, context, scale);
    }

    @Override
    protected JexlArithmetic createWithOptions(boolean strict, MathContext context, int scale) {
        return new SandboxArithmetic(strict, context, scale);
    }

    @Override
    public Object add(Object left, Object right) {
        if ((left instanceof CharSequence && JsonValues.isContainer(right))
                || (right instanceof CharSequence && JsonValues.isContainer(left))) {
            throw new ArithmeticException("cannot add a " + JsonValues.typeName(JsonValues.isContainer(left) ? left : right)
                    + " to a string");
        }
        return bounded(super.add(left, right));
    }

    @Override
    public Object multiply(Object left, Object right) {
        return bounded(super.multiply(left, right));
    }

    @Override
    public Object subtract(Object left, Object right) {
        return bounded(super.subtract(left, right));
    }

    @Override
    public Object shiftLeft(Object left, Object right) {
        if (right instanceof Number shift && Math.abs(shift.doubleValue()) > MAX_INTEGER_BITS) {
            throw new ArithmeticException("shift by more than " + MAX_INTEGER_BITS + " bits");
        }
        return bounded(super.shiftLeft(left, right));
    }

    @Override
    public Boolean contains(Object container, Object value) {
        if (value != null && (container instanceof Pattern || container instanceof CharSequence)) {
            Pattern pattern;
            try {
                pattern = container instanceof Pattern given ? given : Pattern.compile(container.toString());
            } catch (PatternSyntaxException e) {
                throw new ArithmeticException("invalid regular expression: " + e.getDescription());
            }
            return pattern.matcher(new GuardedCharSequence(value.toString())).matches();
        }
        return super.contains(container, value);
    }

    private static Object bounded(Object result) {
        if (result instanceof CharSequence text && text.length() > MAX_STRING_LENGTH) {
            throw new ArithmeticException("string longer than " + MAX_STRING_LENGTH + " characters");
        }
        if (result instanceof BigInteger big && big.bitLength() > MAX_INTEGER_BITS) {
            throw new ArithmeticException("integer larger than " + MAX_INTEGER_BITS + " bits");
        }
        return result;
    }
}
