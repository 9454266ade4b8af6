package io.github.graflowstudio.checkpoint.pickle;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The opcodes that push a value read from the stream (numbers, strings, bytes) or from outside
 * it (globals, persistent ids, buffers, extension codes): reads their arguments, pushes what the
 * walker knows about the value and records named globals. Not thread-safe: part of one walk.
 */
final class ValueOpcodes {
    private final ArgumentReader arguments;
    private final SymbolicStack stack;
    private final GlobalTally globals;
    private final boolean describing;
    private long externalReferences;

    ValueOpcodes(ArgumentReader arguments, SymbolicStack stack, GlobalTally globals, boolean describing) {
        this.arguments = arguments;
        this.stack = stack;
        this.globals = globals;
        this.describing = describing;
    }

    /** Opcodes that need data from outside the stream. */
    long externalReferences() {
        return externalReferences;
    }

    /** Applies one value opcode; returns its argument text for a listing (empty when not listing). */
    String execute(PickleOpcode opcode) throws IOException, PickleFormatException {
        return switch (opcode) {
            case FLOAT, INT, LONG -> pushNumber(arguments.line().display());
            case BININT -> pushNumber(Integer.toString(arguments.int4()));
            case BININT1 -> pushNumber(Integer.toString(arguments.uint1()));
            case BININT2 -> pushNumber(Integer.toString(arguments.uint2()));
            case BINFLOAT -> pushNumber(Double.toString(arguments.float8()));
            case LONG1 -> pushNumber(longPayload(opcode, arguments.uint1()));
            case LONG4 -> pushNumber(longPayload(opcode, arguments.int4()));
            case STRING -> quotedString();
            case UNICODE -> unicodeLine();
            case SHORT_BINSTRING -> pushText(opcode, arguments.uint1(), StandardCharsets.ISO_8859_1);
            case BINSTRING -> pushText(opcode, arguments.int4(), StandardCharsets.ISO_8859_1);
            case SHORT_BINUNICODE -> pushText(opcode, arguments.uint1(), StandardCharsets.UTF_8);
            case BINUNICODE -> pushText(opcode, arguments.uint4(), StandardCharsets.UTF_8);
            case BINUNICODE8 -> pushText(opcode, arguments.uint8(), StandardCharsets.UTF_8);
            case SHORT_BINBYTES -> pushBytes(opcode, arguments.uint1());
            case BINBYTES -> pushBytes(opcode, arguments.uint4());
            case BINBYTES8, BYTEARRAY8 -> pushBytes(opcode, arguments.uint8());
            case GLOBAL -> global(false);
            case INST -> global(true);
            case STACK_GLOBAL -> stackGlobal();
            case PERSID -> external(arguments.line().display());
            case BINPERSID -> {
                externalReferences++;
                stack.pop();
                stack.push(StackValue.UNKNOWN);
                yield "";
            }
            case NEXT_BUFFER -> external("");
            case EXT1 -> extension(arguments.uint1());
            case EXT2 -> extension(arguments.uint2());
            case EXT4 -> extension(arguments.int4());
            default -> throw new PickleFormatException("unhandled opcode " + opcode);
        };
    }

    private String pushNumber(String text) throws PickleFormatException {
        stack.push(StackValue.NOT_TEXT);
        return describing ? text : "";
    }

    private String longPayload(PickleOpcode opcode, long length) throws IOException, PickleFormatException {
        arguments.requireAvailable(length, opcode);
        return arguments.skipNumber(length, describing);
    }

    private String pushText(PickleOpcode opcode, long length, Charset charset)
            throws IOException, PickleFormatException {
        arguments.requireAvailable(length, opcode);
        ArgumentReader.Payload payload = arguments.payload(length, charset, describing);
        stack.push(stack.text(payload.text()));
        return payload.display();
    }

    private String pushBytes(PickleOpcode opcode, long length) throws IOException, PickleFormatException {
        arguments.requireAvailable(length, opcode);
        ArgumentReader.Payload payload = arguments.payload(length, null, describing);
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

    private String unicodeLine() throws IOException, PickleFormatException {
        ArgumentReader.Line line = arguments.line();
        String text = line.text(StandardCharsets.ISO_8859_1);
        boolean plain = line.complete() && text.indexOf('\\') < 0;
        stack.push(plain ? stack.text(text) : StackValue.SOME_TEXT);
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
        return describing ? module.display() + " " + name.display() : "";
    }

    private String stackGlobal() throws PickleFormatException {
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
        return "";
    }

    private String external(String text) throws PickleFormatException {
        externalReferences++;
        stack.push(StackValue.UNKNOWN);
        return describing ? text : "";
    }

    private String extension(long code) throws PickleFormatException {
        if (code <= 0) {
            throw new PickleFormatException("EXT specifies code <= 0");
        }
        return external(Long.toString(code));
    }

    /** A memo key written as decimal text (GET, PUT). */
    static long decimalKey(ArgumentReader.Line line) throws PickleFormatException {
        String text = line.text(StandardCharsets.ISO_8859_1).trim();
        if (!line.complete() || text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            throw new PickleFormatException("invalid memo key '" + line.display() + "'");
        }
        return Long.parseLong(text);
    }
}
