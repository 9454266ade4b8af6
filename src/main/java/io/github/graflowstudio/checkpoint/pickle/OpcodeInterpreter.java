package io.github.graflowstudio.checkpoint.pickle;

import java.io.EOFException;
import java.io.IOException;

/**
 * Walks one pickle stream opcode by opcode, applying each opcode's effect to a
 * {@link SymbolicStack} and recording the globals it names. Nothing is executed or built. Not
 * thread-safe: create one per walk.
 */
final class OpcodeInterpreter {
    private final PickleInput input;
    private final PickleLimits limits;
    private final PickleVisitor visitor;
    private final ArgumentReader arguments;
    private final SymbolicStack stack;
    private final GlobalTally globals;
    private final ValueOpcodes values;
    private long opcodeCount;
    private int protocol = -1;

    OpcodeInterpreter(PickleInput input, PickleLimits limits, PickleVisitor visitor) {
        this.input = input;
        this.limits = limits;
        this.visitor = visitor;
        this.arguments = new ArgumentReader(input);
        this.stack = new SymbolicStack(limits);
        this.globals = new GlobalTally(limits.maxDistinctGlobals());
        this.values = new ValueOpcodes(arguments, stack, globals, visitor != null);
    }

    PickleReport run() {
        long offset = 0;
        PickleOpcode opcode = null;
        try {
            if (input.size() == 0) {
                throw new PickleFormatException("empty: no pickle data");
            }
            while (true) {
                offset = input.position();
                int code = input.read();
                if (code < 0) {
                    throw new PickleFormatException("ended without a STOP opcode");
                }
                if (opcodeCount == 0 && limits.requireProtoHeader() && code != PickleOpcode.PROTO.code()) {
                    throw new PickleFormatException("does not start with PROTO opcode 0x80");
                }
                opcode = PickleOpcode.forCode(code);
                if (opcode == null) {
                    throw new PickleFormatException(String.format("unknown opcode 0x%02x", code));
                }
                if (opcodeCount >= limits.maxOpcodes()) {
                    throw new PickleFormatException("more than " + limits.maxOpcodes() + " opcodes");
                }
                opcodeCount++;
                String argument = execute(opcode);
                PickleInstruction instruction = new PickleInstruction(opcodeCount - 1, offset, opcode, argument);
                if (visitor != null && !visitor.visit(instruction)) {
                    return report(false, "walk stopped by the visitor", input.position(), false);
                }
                if (opcode == PickleOpcode.STOP) {
                    return report(true, null, -1, true);
                }
            }
        } catch (PickleFormatException problem) {
            String message = problem.getMessage();
            return report(false, message, message.startsWith("ended without") ? input.size() : offset, true);
        } catch (EOFException truncated) {
            return report(false, "pickle data was truncated inside " + opcode, offset, true);
        } catch (IOException failure) {
            return report(false, "could not read the pickle: " + failure.getMessage(), offset, true);
        }
    }

    private PickleReport report(boolean valid, String error, long errorOffset, boolean complete) {
        return new PickleReport(input.size(), protocol, opcodeCount, valid, error, valid ? -1 : errorOffset,
                complete, valid ? input.remaining() : 0, globals.globals(), globals.unresolved(),
                globals.unlisted(), globals.unlistedUnsafe(), values.externalReferences());
    }

    /** Applies one opcode; returns its argument text for a listing (empty when not listing). */
    private String execute(PickleOpcode opcode) throws IOException, PickleFormatException {
        switch (opcode) {
            case MARK -> stack.pushMark();
            case STOP -> stack.pop();
            case POP -> stack.popValueOrMark();
            case POP_MARK -> stack.popMark();
            case DUP -> stack.push(stack.top());
            case NONE, NEWTRUE, NEWFALSE, EMPTY_DICT, EMPTY_LIST, EMPTY_TUPLE, EMPTY_SET ->
                    stack.push(StackValue.NOT_TEXT);
            case REDUCE, NEWOBJ -> replaceTop(2, StackValue.UNKNOWN);
            case NEWOBJ_EX -> replaceTop(3, StackValue.UNKNOWN);
            case TUPLE1 -> replaceTop(1, StackValue.NOT_TEXT);
            case TUPLE2 -> replaceTop(2, StackValue.NOT_TEXT);
            case TUPLE3 -> replaceTop(3, StackValue.NOT_TEXT);
            case READONLY_BUFFER -> stack.require(1);
            case APPEND, BUILD -> {
                stack.require(2);
                stack.pop();
            }
            case SETITEM -> {
                stack.require(3);
                stack.pop(2);
            }
            case APPENDS, ADDITEMS -> {
                stack.popMark();
                stack.require(1);
            }
            case SETITEMS -> {
                if (stack.popMark() % 2 != 0) {
                    throw new PickleFormatException("odd number of items for SETITEMS");
                }
                stack.require(1);
            }
            case DICT -> {
                if (stack.popMark() % 2 != 0) {
                    throw new PickleFormatException("odd number of items for DICT");
                }
                stack.push(StackValue.NOT_TEXT);
            }
            case LIST, TUPLE, FROZENSET -> {
                stack.popMark();
                stack.push(StackValue.NOT_TEXT);
            }
            case OBJ -> {
                if (stack.popMark() < 1) {
                    throw new PickleFormatException("unpickling stack underflow");
                }
                stack.push(StackValue.UNKNOWN);
            }
            case GET -> {
                long key = ValueOpcodes.decimalKey(arguments.line());
                stack.push(stack.memoGet(key));
                return Long.toString(key);
            }
            case BINGET -> {
                return memoGet(arguments.uint1());
            }
            case LONG_BINGET -> {
                return memoGet(arguments.uint4());
            }
            case PUT -> {
                return memoPut(ValueOpcodes.decimalKey(arguments.line()));
            }
            case BINPUT -> {
                return memoPut(arguments.uint1());
            }
            case LONG_BINPUT -> {
                return memoPut(arguments.uint4());
            }
            case MEMOIZE -> stack.memoPut(stack.memoSize(), stack.top());
            case PROTO -> {
                int version = arguments.uint1();
                if (version > PickleOpcode.HIGHEST_PROTOCOL) {
                    throw new PickleFormatException("unsupported pickle protocol: " + version);
                }
                if (protocol < 0) {
                    protocol = version;
                }
                return Integer.toString(version);
            }
            case FRAME -> {
                long length = arguments.uint8();
                arguments.requireAvailable(length, opcode);
                return Long.toString(length);
            }
            default -> {
                return values.execute(opcode);
            }
        }
        return "";
    }

    private void replaceTop(int popped, StackValue result) throws PickleFormatException {
        stack.pop(popped);
        stack.push(result);
    }

    private String memoGet(long key) throws PickleFormatException {
        stack.push(stack.memoGet(key));
        return visitor != null ? Long.toString(key) : "";
    }

    private String memoPut(long key) throws PickleFormatException {
        stack.memoPut(key, stack.top());
        return visitor != null ? Long.toString(key) : "";
    }
}
