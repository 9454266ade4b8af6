package io.github.graflowstudio.checkpoint.pickle;

/**
 * One opcode of a walk, as a listing row: its position, the opcode and a short text of its
 * argument (truncated, never the whole of a large string). Immutable and thread-safe.
 *
 * @param index    the opcode's number in the stream, from 0
 * @param offset   the byte offset of the opcode
 * @param opcode   the opcode
 * @param argument the argument as short text, empty when the opcode has none
 */
public record PickleInstruction(long index, long offset, PickleOpcode opcode, String argument) {
}
