package io.github.graflowstudio.document.kinds.expression;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * A whitelist for JEXL introspection: only plain values (strings, numbers, booleans, characters,
 * {@code java.util} maps and collections, JEXL's integer ranges) are visible, and only their
 * side-effect-free methods.
 * No constructor and no field is ever allowed; {@code getClass}, {@code wait}, {@code notify}
 * and every mutator ({@code put}, {@code add}, {@code remove}, {@code clear}, ...) are denied.
 *
 * <p>Immutable and thread-safe.
 */
final class SandboxPermissions implements JexlPermissions {
    /** JEXL's own package: only its integer ranges ({@code 1..n}, collections) are reachable. */
    private static final String JEXL_INTERNAL = "org.apache.commons.jexl3.internal";
    private static final Set<String> PACKAGES = Set.of("java.lang", "java.util", "java.math", JEXL_INTERNAL);
    private static final Set<String> STRING_METHODS = Set.of("length", "isEmpty", "isBlank", "charAt", "substring",
            "indexOf", "lastIndexOf", "contains", "startsWith", "endsWith", "toUpperCase", "toLowerCase", "trim",
            "strip", "stripLeading", "stripTrailing", "equals", "equalsIgnoreCase", "compareTo",
            "compareToIgnoreCase", "toString", "hashCode");
    private static final Set<String> NUMBER_METHODS = Set.of("intValue", "longValue", "doubleValue", "floatValue",
            "shortValue", "byteValue", "booleanValue", "charValue", "compareTo", "equals", "toString", "hashCode",
            "isNaN", "isInfinite", "signum", "abs");
    private static final Set<String> MAP_METHODS = Set.of("get", "getOrDefault", "containsKey", "containsValue",
            "keySet", "values", "entrySet", "size", "isEmpty", "equals", "getKey", "getValue");
    private static final Set<String> COLLECTION_METHODS = Set.of("get", "size", "isEmpty", "contains",
            "containsAll", "indexOf", "lastIndexOf", "subList", "equals");

    /** The single instance. */
    static final SandboxPermissions INSTANCE = new SandboxPermissions();

    private SandboxPermissions() {
    }

    @Override
    public boolean allow(Package pack) {
        return pack != null && PACKAGES.contains(pack.getName());
    }

    @Override
    public boolean allow(Class<?> type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            return allow(type.getComponentType()) || type.getComponentType().isPrimitive();
        }
        if (!allow(type.getPackage())) {
            return false;
        }
        if (JEXL_INTERNAL.equals(type.getPackageName())) {
            return Collection.class.isAssignableFrom(type);
        }
        return type == Object.class || type == String.class || isScalar(type) || CharSequence.class == type || Comparable.class == type
                || Map.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)
                || Iterable.class == type || Map.Entry.class.isAssignableFrom(type);
    }

    @Override
    public boolean allow(Constructor<?> constructor) {
        return false;
    }

    @Override
    public boolean allow(Field field) {
        return false;
    }

    @Override
    public boolean allow(Method method) {
        if (method == null) {
            return false;
        }
        Class<?> owner = method.getDeclaringClass();
        if (owner == Object.class || !allow(owner)) {
            return false;
        }
        String name = method.getName();
        if (owner == String.class || owner == CharSequence.class) {
            return STRING_METHODS.contains(name);
        }
        if (isScalar(owner) || owner == Comparable.class) {
            return NUMBER_METHODS.contains(name);
        }
        if (Map.class.isAssignableFrom(owner) || Map.Entry.class.isAssignableFrom(owner)) {
            return MAP_METHODS.contains(name);
        }
        if (Collection.class.isAssignableFrom(owner) || owner == Iterable.class) {
            return COLLECTION_METHODS.contains(name);
        }
        return false;
    }

    @Override
    public JexlPermissions compose(String... src) {
        throw new UnsupportedOperationException("the expression sandbox cannot be widened");
    }

    private static boolean isScalar(Class<?> type) {
        return Number.class.isAssignableFrom(type) || type == Boolean.class || type == Character.class;
    }
}
