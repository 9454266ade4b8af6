package io.github.graflowstudio.document.kinds.expression;

import io.github.graflowstudio.document.values.JsonValues;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables an expression sees, resolved like Graflow parameters from a channel snapshot:
 * a built-in variable first (e.g. {@code channel}, {@code results}, {@code task}), then channel
 * key {@code <name>.__result__} (the result of the task called {@code name}), then channel key
 * {@code <name>}. Values are handed to the expression as plain JSON-like copies.
 *
 * <p>Not thread-safe: built on the task's thread from copies, then handed to exactly one
 * evaluation thread (the executor hand-off publishes it safely). Lazy built-ins are computed once.
 */
public final class ExpressionScope {
    private static final String RESULT_SUFFIX = ".__result__";

    private final Map<String, Object> channel;
    private final Map<String, Object> builtIns;

    /**
     * Makes a scope.
     *
     * @param channelSnapshot a copy of the channel's entries (the scope keeps it; do not change it)
     * @param builtIns        variables that win over channel entries (the scope keeps a copy)
     */
    public ExpressionScope(Map<String, Object> channelSnapshot, Map<String, Object> builtIns) {
        this.channel = channelSnapshot;
        this.builtIns = new LinkedHashMap<>(builtIns);
    }

    /** A scope over a channel snapshot with the usual built-ins {@code channel} and {@code results}. */
    public static ExpressionScope ofChannel(Map<String, Object> channelSnapshot, Map<String, Object> more) {
        Map<String, Object> builtIns = new LinkedHashMap<>();
        builtIns.put("channel", new LazyValue(() -> plainChannel(channelSnapshot)));
        builtIns.put("results", new LazyValue(() -> results(channelSnapshot)));
        builtIns.putAll(more);
        return new ExpressionScope(channelSnapshot, builtIns);
    }

    /** Whether {@code name} resolves. */
    public boolean has(String name) {
        return builtIns.containsKey(name) || channel.containsKey(name + RESULT_SUFFIX) || channel.containsKey(name);
    }

    /** The value of {@code name} as a plain copy, or {@code null}. */
    public Object get(String name) {
        if (builtIns.containsKey(name)) {
            Object value = builtIns.get(name);
            return value instanceof LazyValue lazy ? lazy.get() : JsonValues.toPlain(value);
        }
        String resultKey = name + RESULT_SUFFIX;
        if (channel.containsKey(resultKey)) {
            return JsonValues.toPlain(channel.get(resultKey));
        }
        return JsonValues.toPlain(channel.get(name));
    }

    private static Object plainChannel(Map<String, Object> snapshot) {
        return JsonValues.toPlain(snapshot);
    }

    private static Object results(Map<String, Object> snapshot) {
        Map<String, Object> results = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : snapshot.entrySet()) {
            String key = entry.getKey();
            if (key.endsWith(RESULT_SUFFIX)) {
                results.put(key.substring(0, key.length() - RESULT_SUFFIX.length()), entry.getValue());
            }
        }
        return JsonValues.toPlain(results);
    }

    /** A built-in computed on first use (once per evaluation). Not thread-safe; used by one evaluation. */
    private static final class LazyValue {
        private final java.util.function.Supplier<Object> supplier;
        private boolean computed;
        private Object value;

        LazyValue(java.util.function.Supplier<Object> supplier) {
            this.supplier = supplier;
        }

        Object get() {
            if (!computed) {
                value = supplier.get();
                computed = true;
            }
            return value;
        }
    }
}
