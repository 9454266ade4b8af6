package io.github.graflowstudio.checkpoint.pickle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unpickler's stack, mark stack and memo, holding {@link StackValue}s instead of objects.
 * Enforces the same underflow rules as CPython and the caps of {@link PickleLimits}. Not
 * thread-safe: one walk owns one stack.
 */
final class SymbolicStack {
    private final PickleLimits limits;
    private final List<StackValue> values = new ArrayList<>();
    private int[] marks = new int[16];
    private int markCount;
    private final Map<Long, StackValue> memo = new HashMap<>();
    private long retainedChars;

    SymbolicStack(PickleLimits limits) {
        this.limits = limits;
    }

    /** The position of the innermost mark (0 without marks). */
    private int fence() {
        return markCount == 0 ? 0 : marks[markCount - 1];
    }

    void push(StackValue value) throws PickleFormatException {
        if (values.size() >= limits.maxStackDepth()) {
            throw new PickleFormatException("stack holds more than " + limits.maxStackDepth() + " values");
        }
        values.add(value);
    }

    /** Pops one value above the innermost mark. */
    StackValue pop() throws PickleFormatException {
        require(1);
        return values.remove(values.size() - 1);
    }

    /** Pops {@code count} values above the innermost mark, discarding them. */
    void pop(int count) throws PickleFormatException {
        require(count);
        for (int i = 0; i < count; i++) {
            values.remove(values.size() - 1);
        }
    }

    /** The top value, which must be above the innermost mark. */
    StackValue top() throws PickleFormatException {
        require(1);
        return values.get(values.size() - 1);
    }

    /** Fails with CPython's message unless {@code count} values lie above the innermost mark. */
    void require(int count) throws PickleFormatException {
        if (values.size() - fence() < count) {
            throw new PickleFormatException("unpickling stack underflow");
        }
    }

    void pushMark() throws PickleFormatException {
        if (markCount >= limits.maxMarkDepth()) {
            throw new PickleFormatException("more than " + limits.maxMarkDepth() + " nested marks");
        }
        if (markCount == marks.length) {
            marks = Arrays.copyOf(marks, marks.length * 2);
        }
        marks[markCount++] = values.size();
    }

    /** Removes the innermost mark and every value above it; returns how many values there were. */
    int popMark() throws PickleFormatException {
        if (markCount == 0) {
            throw new PickleFormatException("could not find MARK");
        }
        int mark = marks[--markCount];
        int count = values.size() - mark;
        values.subList(mark, values.size()).clear();
        return count;
    }

    /** POP: drops the top value, or the innermost mark when nothing lies above it (as CPython does). */
    void popValueOrMark() throws PickleFormatException {
        if (markCount > 0 && marks[markCount - 1] == values.size()) {
            markCount--;
        } else {
            pop();
        }
    }

    int depth() {
        return values.size();
    }

    int memoSize() {
        return memo.size();
    }

    void memoPut(long key, StackValue value) throws PickleFormatException {
        if (key < 0) {
            throw new PickleFormatException("negative memo key " + key);
        }
        if (!memo.containsKey(key) && memo.size() >= limits.maxMemoEntries()) {
            throw new PickleFormatException("memo holds more than " + limits.maxMemoEntries() + " entries");
        }
        memo.put(key, value);
    }

    StackValue memoGet(long key) throws PickleFormatException {
        StackValue value = memo.get(key);
        if (value == null) {
            throw new PickleFormatException("memo value not found at index " + key);
        }
        return value;
    }

    /**
     * A stack value for a decoded string: the string itself while the text budget lasts and the
     * string looks like a name, else "some text".
     */
    StackValue text(String text) {
        if (text == null || !looksLikeName(text) || retainedChars + text.length() > limits.maxRetainedTextChars()) {
            return StackValue.SOME_TEXT;
        }
        retainedChars += text.length();
        return StackValue.text(text);
    }

    /** Whether the retained-text budget still has room for {@code length} characters. */
    boolean canRetain(int length) {
        return retainedChars + length <= limits.maxRetainedTextChars();
    }

    /** Charges {@code length} characters to the retained-text budget. */
    void retain(int length) {
        retainedChars += length;
    }

    /** Module and attribute names: short, no control characters or spaces. */
    static boolean looksLikeName(String text) {
        if (text.isEmpty() || text.length() > ArgumentReader.MAX_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }
}
