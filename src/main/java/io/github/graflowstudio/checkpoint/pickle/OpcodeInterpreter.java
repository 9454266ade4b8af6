package io.github.graflowstudio.checkpoint.pickle;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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
    private long opcodeCount;
    private int protocol = -1;
    private long externalReferences;

    OpcodeInterpreter(PickleInput input, PickleLimits limits, PickleVisitor visitor) {
        this.input = input;
        this.limits = limits;
        this.visitor = visitor;
        this.arguments = new ArgumentReader(input);
        this.stack = new SymbolicStack(limits);
        this.globals = new GlobalTally(limits.maxDistinctGlobals());
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
                if (visitor != null && !visitor.visit(new PickleInstruction(opcodeCount - 1, offset, opcode, argument))) {
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
                globals.unlisted(), globals.unlistedUnsafe(), externalReferences);
    }

    private boolean describing() {
        return visitor != null;
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
            case FLOAT, INT, LONG -> {
                return pushNumber(arguments.line().display());
            }
            case BININT -> {
                return pushNumber(Integer.toString(arguments.int4()));
            }
            case BININT1 -> {
                return pushNumber(Integer.toString(arguments.uint1()));
            }
            case BININT2 -> {
                return pushNumber(Integer.toString(arguments.uint2()));
            }
            case BINFLOAT -> {
                return pushNumber(Double.toString(arguments.float8()));
            }
            case LONG1 -> {
                return pushNumber(longPayload(opcode, arguments.uint1()));
            }
            case LONG4 -> {
                return pushNumber(longPayload(opcode, arguments.int4()));
            }
            case STRING -> {
                return quotedString();
            }
            case UNICODE -> {
                ArgumentReader.Line line = arguments.line();
                boolean plain = line.complete() && line.text(StandardCharsets.ISO_8859_1).indexOf('\\') < 0;
                stack.push(plain ? stack.text(line.text(StandardCharsets.ISO_8859_1)) : StackValue.SOME_TEXT);
                return line.display();
            }
            case SHORT_BINSTRING -> {
                return pushText(opcode, arguments.uint1(), StandardCharsets.ISO_8859_1);
            }
            case BINSTRING -> {
                return pushText(opcode, arguments.int4(), StandardCharsets.ISO_8859_1);
            }
            case SHORT_BINUNICODE -> {
                return pushText(opcode, arguments.uint1(), StandardCharsets.UTF_8);
            }
            case BINUNICODE -> {
                return pushText(opcode, arguments.uint4(), StandardCharsets.UTF_8);
            }
            case BINUNICODE8 -> {
                return pushText(opcode, arguments.uint8(), StandardCharsets.UTF_8);
            }
            case SHORT_BINBYTES -> {
                return pushBytes(opcode, arguments.uint1());
            }
            case BINBYTES -> {
                return pushBytes(opcode, arguments.uint4());
            }
            case BINBYTES8, BYTEARRAY8 -> {
                return pushBytes(opcode, arguments.uint8());
            }
            case PERSID -> {
                externalReferences++;
                String text = arguments.line().display();
                stack.push(StackValue.UNKNOWN);
                return text;
            }
            case BINPERSID -> {
                externalReferences++;
                replaceTop(1, StackValue.UNKNOWN);
            }
            case REDUCE, NEWOBJ -> replaceTop(2, StackValue.UNKNOWN);
            case NEWOBJ_EX -> replaceTop(3, StackValue.UNKNOWN);
            case TUPLE1 -> replaceTop(1, StackValue.NOT_TEXT);
            case TUPLE2 -> replaceTop(2, StackValue.NOT_TEXT);
            case TUPLE3 -> replaceTop(3, StackValue.NOT_TEXT);
            case READONLY_BUFFER -> stack.require(1);
            case NEXT_BUFFER -> {
                externalReferences++;
                stack.push(StackValue.UNKNOWN);
            }
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
            case GLOBAL -> {
                return global(false);
            }
            case INST -> {
                return global(true);
            }
            case STACK_GLOBAL -> stackGlobal();
            case GET -> {
                long key = decimalKey(arguments.line());
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
                return memoPut(decimalKey(arguments.line()));
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
            case EXT1 -> {
                return extension(arguments.uint1());
            }
            case EXT2 -> {
                return extension(arguments.uint2());
            }
            case EXT4 -> {
                return extension(arguments.int4());
            }
            default -> throw new PickleFormatException("unhandled opcode " + opcode);
        }
        return "";
    }

    private String pushNumber(String text) throws PickleFormatException {
        stack.push(StackValue.NOT_TEXT);
        return describing() ? text : "";
    }

    private String longPayload(PickleOpcode opcode, long length) throws IOException, PickleFormatException {
        arguments.requireAvailable(length, opcode);
        return arguments.skipNumber(length, describing());
    }

    private void replaceTop(int popped, StackValue result) throws PickleFormatException {
        stack.pop(popped);
        stack.push(result);
    }

    private String pushText(PickleOpcode opcode, long length, Charset charset) throws IOException, PickleFormatException {
        arguments.requireAvailable(length, opcode);
        ArgumentReader.Payload payload = arguments.payload(length, charset, describing());
        stack.push(stack.text(payload.text()));
        return payload.display();
    }

    private String pushBytes(PickleOpcode opcode, long length) throws IOException, PickleFormatException {
        arguments.requireAvailable(length, opcode);
        ArgumentReader.Payload payload = arguments.payload(length, null, describing());
        stack.push(StackValue.NOT_TEXT);
        return payload.display();
    }

    private String quotedString() throws IOException, PickleFormatException {
        ArgumentReader.Line line = arguments.line();
        int first = line.first();
        if (line.length() < 2 || first != line.lastByte() || (first != '"' && first != '\'')) {
            throw new PickleFormatException("the STRING opcode argument must be quoted");
        }
        String text = line.text(StandardCharsets.ISO_8859_1);
        boolean plain = line.complete() && text.indexOf('\\') < 0;
        stack.push(plain ? stack.text(text.substring(1, text.length() - 1)) : StackValue.SOME_TEXT);
        return line.display();
    }

    private String global(boolean instantiates) throws IOException, PickleFormatException {
        ArgumentReader.Line module = arguments.line();
        ArgumentReader.Line name = arguments.line();
        if (instantiates) {
            stack.popMark();
        }
        String moduleText = module.text();
        String nameText = name.text();
        if (module.complete() && name.complete() && stack.canRetain(moduleText.length() + nameText.length())) {
            stack.retain(moduleText.length() + nameText.length());
            globals.record(moduleText, nameText);
        } else {
            globals.recordUnresolved();
        }
        stack.push(StackValue.UNKNOWN);
        return describing() ? module.display() + " " + name.display() : "";
    }

    private void stackGlobal() throws PickleFormatException {
        StackValue name = stack.pop();
        StackValue module = stack.pop();
        if (name.kind() == StackValue.Kind.NOT_TEXT || module.kind() == StackValue.Kind.NOT_TEXT) {
            throw new PickleFormatException("STACK_GLOBAL requires str");
        }
        if (name.text() != null && module.text() != null) {
            globals.record(module.text(), name.text());
        } else {
            globals.recordUnresolved();
        }
        stack.push(StackValue.UNKNOWN);
    }

    private long decimalKey(ArgumentReader.Line line) throws PickleFormatException {
        String text = line.text(StandardCharsets.ISO_8859_1).trim();
        if (!line.complete() || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            throw new PickleFormatException("invalid memo key '" + line.display() + "'");
        }
        return Long.parseLong(text);
    }

    private String memoGet(long key) throws PickleFormatException {
        stack.push(stack.memoGet(key));
        return describing() ? Long.toString(key) : "";
    }

    private String memoPut(long key) throws PickleFormatException {
        stack.memoPut(key, stack.top());
        return describing() ? Long.toString(key) : "";
    }

    private String extension(long code) throws PickleFormatException {
        if (code <= 0) {
            throw new PickleFormatException("EXT specifies code <= 0");
        }
        externalReferences++;
        stack.push(StackValue.UNKNOWN);
        return describing() ? Long.toString(code) : "";
    }
}
