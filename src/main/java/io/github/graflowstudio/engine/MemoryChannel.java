package io.github.graflowstudio.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory {@link Channel} keeping insertion order (re-setting a key keeps its place; deleting
 * and setting it again moves it to the end). Keys must not be {@code null}; values may be.
 * Thread-safe (one monitor).
 */
public final class MemoryChannel implements Channel {
    private static final Object ABSENT = new Object();
    private final CompactMap values;

    /** An empty channel. */
    public MemoryChannel() {
        values = new CompactMap();
    }

    /** A channel holding a copy of {@code initial}'s entries, in its order. */
    public MemoryChannel(Map<String, ?> initial) {
        values = new CompactMap();
        values.putAll(initial);
    }

    /** A channel holding a copy of {@code source}'s entries, in its order (a branch's channel). */
    MemoryChannel(MemoryChannel source) {
        synchronized (source) {
            values = source.values.copy();
        }
    }

    /** A snapshot of all entries in insertion order. */
    public synchronized Map<String, Object> snapshot() {
        return values.toMap();
    }

    /**
     * A snapshot of the first {@code limit} entries in insertion order: what a debugger panel
     * shows while the run goes on, without copying (and holding the lock for) a million results.
     */
    public synchronized Map<String, Object> snapshot(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return values.toMap(limit);
    }

    /** Number of keys. */
    public synchronized int size() {
        return values.size();
    }

    /** Copies every entry of {@code other} into this channel (overwriting). */
    public void putAll(Map<String, ?> other) {
        synchronized (this) {
            values.putAll(other);
        }
    }

    /**
     * Copies every entry of a finished branch's channel into this one (overwriting), in the
     * branch's order. Locks this channel, then the branch's: only ever called parent first.
     */
    void mergeFrom(MemoryChannel branch) {
        synchronized (this) {
            synchronized (branch) {
                values.putAll(branch.values);
            }
        }
    }

    @Override
    public synchronized void set(String key, Object value) {
        values.put(Objects.requireNonNull(key, "key"), value);
    }

    @Override
    public synchronized Object get(String key) {
        return values.get(key);
    }

    @Override
    public synchronized Object get(String key, Object defaultValue) {
        return values.getOrDefault(key, defaultValue);
    }

    @Override
    public <T> Optional<T> get(String key, Class<T> type) {
        Objects.requireNonNull(type, "type (a null default value must be passed as (Object) null)");
        Object value;
        synchronized (this) {
            value = values.get(key);
        }
        return Optional.ofNullable(convert(key, value, type));
    }

    @Override
    public synchronized boolean delete(String key) {
        return values.remove(key);
    }

    @Override
    public synchronized boolean exists(String key) {
        return values.containsKey(key);
    }

    @Override
    public synchronized List<String> keys() {
        return List.of(values.keys());
    }

    @Override
    public synchronized int append(String key, Object value) {
        List<Object> list = listAt(key);
        list.add(value);
        return list.size();
    }

    @Override
    public synchronized int prepend(String key, Object value) {
        List<Object> list = listAt(key);
        list.add(0, value);
        return list.size();
    }

    @Override
    public synchronized Number atomicAdd(String key, Number amount) {
        Object current = values.getOrDefault(key, 0);
        if (current == null) {
            throw new IllegalArgumentException("Channel key '" + key + "' holds null, not a number");
        }
        if (!(current instanceof Number number)) {
            throw new IllegalArgumentException("Channel key '" + key + "' holds "
                    + current.getClass().getSimpleName() + ", not a number");
        }
        Number sum;
        if (isIntegral(number) && isIntegral(amount)) {
            sum = Math.addExact(number.longValue(), amount.longValue());
        } else {
            sum = number.doubleValue() + amount.doubleValue();
        }
        values.put(key, sum);
        return sum;
    }

    @Override
    public synchronized void clear() {
        values.clear();
    }

    @SuppressWarnings("unchecked")
    private List<Object> listAt(String key) {
        Object current = values.getOrDefault(key, ABSENT);
        if (current == ABSENT) {
            List<Object> list = new ArrayList<>();
            values.put(key, list);
            return list;
        }
        if (!(current instanceof List)) {
            throw new IllegalArgumentException("Channel key '" + key + "' holds "
                    + (current == null ? "null" : current.getClass().getSimpleName()) + ", not a list");
        }
        List<Object> list = (List<Object>) current;
        try {
            list.addAll(List.of());
            return list;
        } catch (UnsupportedOperationException immutable) {
            List<Object> copy = new ArrayList<>(list);
            values.put(key, copy);
            return copy;
        }
    }

    private static boolean isIntegral(Number number) {
        return number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte;
    }

    /** Converts a channel value for typed access. */
    static <T> T convert(String key, Object value, Class<T> type) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        if (value instanceof Number number) {
            Object converted = null;
            if (type == Integer.class) {
                converted = number.intValue();
            } else if (type == Long.class) {
                converted = number.longValue();
            } else if (type == Double.class) {
                converted = number.doubleValue();
            } else if (type == Float.class) {
                converted = number.floatValue();
            } else if (type == BigDecimal.class) {
                converted = new BigDecimal(number.toString());
            } else if (type == BigInteger.class) {
                converted = new BigDecimal(number.toString()).toBigInteger();
            }
            if (converted != null) {
                return type.cast(converted);
            }
        }
        if (type == String.class) {
            return type.cast(String.valueOf(value));
        }
        throw new ClassCastException("Channel key '" + key + "' holds " + value.getClass().getSimpleName()
                + ", expected " + type.getSimpleName());
    }
}
