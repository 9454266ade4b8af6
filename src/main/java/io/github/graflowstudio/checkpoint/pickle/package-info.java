/**
 * A safe, bounded walker over Python pickle streams (protocols 0 to 5). It reads opcodes and
 * their arguments and tracks a symbolic stack and memo just far enough to name the globals a
 * pickle refers to. It never executes, instantiates or loads anything a pickle names, and every
 * resource it uses (bytes, opcodes, memo entries, stack and mark depth, retained text) is capped,
 * so hostile input ends in an invalid {@link io.github.graflowstudio.checkpoint.pickle.PickleReport}
 * instead of an {@code OutOfMemoryError} or {@code StackOverflowError}.
 *
 * <p>May import {@code java.*} only.
 */
package io.github.graflowstudio.checkpoint.pickle;
