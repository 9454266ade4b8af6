package io.github.graflowstudio.checkpoint.pickle;

import java.util.Objects;

/**
 * A Python global (module attribute) a pickle names through GLOBAL, STACK_GLOBAL or INST, with
 * how often it is named. Naming is all that happens: nothing is imported or looked up.
 * Immutable and thread-safe.
 *
 * @param module       the module, e.g. {@code os}
 * @param name         the attribute, possibly dotted ({@code Outer.Inner})
 * @param count        how many opcodes name it
 * @param unsafeReason why loading it would be dangerous, or {@code null} if it is not on the unsafe list
 */
public record PickleGlobal(String module, String name, int count, String unsafeReason) {

    /** Checks the names. */
    public PickleGlobal {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(name, "name");
    }

    /** {@code module.name}. */
    public String qualifiedName() {
        return module + "." + name;
    }

    /** Whether the global is on the unsafe list ({@link UnsafeGlobals}). */
    public boolean unsafe() {
        return unsafeReason != null;
    }
}
