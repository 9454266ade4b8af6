package io.github.graflowstudio.checkpoint.pickle;

/**
 * Every opcode of the pickle protocol, versions 0 to 5, with its byte code, the shape of its
 * inline argument and the protocol that introduced it (names as in Python's {@code pickletools}).
 * Immutable and thread-safe.
 */
public enum PickleOpcode {
    MARK('(', Argument.NONE, 0),
    STOP('.', Argument.NONE, 0),
    POP('0', Argument.NONE, 0),
    POP_MARK('1', Argument.NONE, 1),
    DUP('2', Argument.NONE, 0),
    FLOAT('F', Argument.DECIMAL_LINE, 0),
    INT('I', Argument.DECIMAL_LINE, 0),
    BININT('J', Argument.INT4, 1),
    BININT1('K', Argument.UINT1, 1),
    LONG('L', Argument.DECIMAL_LINE, 0),
    BININT2('M', Argument.UINT2, 1),
    NONE('N', Argument.NONE, 0),
    PERSID('P', Argument.TEXT_LINE, 0),
    BINPERSID('Q', Argument.NONE, 1),
    REDUCE('R', Argument.NONE, 0),
    STRING('S', Argument.QUOTED_LINE, 0),
    BINSTRING('T', Argument.STRING_INT4, 1),
    SHORT_BINSTRING('U', Argument.STRING_UINT1, 1),
    UNICODE('V', Argument.UNICODE_LINE, 0),
    BINUNICODE('X', Argument.UNICODE_UINT4, 1),
    APPEND('a', Argument.NONE, 0),
    BUILD('b', Argument.NONE, 0),
    GLOBAL('c', Argument.TWO_LINES, 0),
    DICT('d', Argument.NONE, 0),
    EMPTY_DICT('}', Argument.NONE, 1),
    APPENDS('e', Argument.NONE, 1),
    GET('g', Argument.DECIMAL_LINE, 0),
    BINGET('h', Argument.UINT1, 1),
    INST('i', Argument.TWO_LINES, 0),
    LONG_BINGET('j', Argument.UINT4, 1),
    LIST('l', Argument.NONE, 0),
    EMPTY_LIST(']', Argument.NONE, 1),
    OBJ('o', Argument.NONE, 1),
    PUT('p', Argument.DECIMAL_LINE, 0),
    BINPUT('q', Argument.UINT1, 1),
    LONG_BINPUT('r', Argument.UINT4, 1),
    SETITEM('s', Argument.NONE, 0),
    TUPLE('t', Argument.NONE, 0),
    EMPTY_TUPLE(')', Argument.NONE, 1),
    SETITEMS('u', Argument.NONE, 1),
    BINFLOAT('G', Argument.FLOAT8, 1),
    PROTO(0x80, Argument.UINT1, 2),
    NEWOBJ(0x81, Argument.NONE, 2),
    EXT1(0x82, Argument.UINT1, 2),
    EXT2(0x83, Argument.UINT2, 2),
    EXT4(0x84, Argument.INT4, 2),
    TUPLE1(0x85, Argument.NONE, 2),
    TUPLE2(0x86, Argument.NONE, 2),
    TUPLE3(0x87, Argument.NONE, 2),
    NEWTRUE(0x88, Argument.NONE, 2),
    NEWFALSE(0x89, Argument.NONE, 2),
    LONG1(0x8a, Argument.LONG_UINT1, 2),
    LONG4(0x8b, Argument.LONG_INT4, 2),
    BINBYTES('B', Argument.BYTES_UINT4, 3),
    SHORT_BINBYTES('C', Argument.BYTES_UINT1, 3),
    SHORT_BINUNICODE(0x8c, Argument.UNICODE_UINT1, 4),
    BINUNICODE8(0x8d, Argument.UNICODE_UINT8, 4),
    BINBYTES8(0x8e, Argument.BYTES_UINT8, 4),
    EMPTY_SET(0x8f, Argument.NONE, 4),
    ADDITEMS(0x90, Argument.NONE, 4),
    FROZENSET(0x91, Argument.NONE, 4),
    NEWOBJ_EX(0x92, Argument.NONE, 4),
    STACK_GLOBAL(0x93, Argument.NONE, 4),
    MEMOIZE(0x94, Argument.NONE, 4),
    FRAME(0x95, Argument.UINT8, 4),
    BYTEARRAY8(0x96, Argument.BYTES_UINT8, 5),
    NEXT_BUFFER(0x97, Argument.NONE, 5),
    READONLY_BUFFER(0x98, Argument.NONE, 5);

    /** The highest protocol this walker (and Python 3.8+) knows. */
    public static final int HIGHEST_PROTOCOL = 5;

    private static final PickleOpcode[] BY_CODE = new PickleOpcode[256];

    static {
        for (PickleOpcode opcode : values()) {
            BY_CODE[opcode.code] = opcode;
        }
    }

    private final int code;
    private final Argument argument;
    private final int protocol;

    PickleOpcode(int code, Argument argument, int protocol) {
        this.code = code;
        this.argument = argument;
        this.protocol = protocol;
    }

    /** The opcode's byte value (0 to 255). */
    public int code() {
        return code;
    }

    /** The shape of the inline argument that follows the opcode byte. */
    public Argument argument() {
        return argument;
    }

    /** The pickle protocol that introduced the opcode. */
    public int protocol() {
        return protocol;
    }

    /**
     * The opcode for a byte value.
     *
     * @param code a byte value, 0 to 255
     * @return the opcode, or {@code null} if no opcode has that value
     */
    public static PickleOpcode forCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** The inline argument shapes, as in {@code pickletools}. */
    public enum Argument {
        /** No argument. */
        NONE,
        /** One unsigned byte. */
        UINT1,
        /** Two bytes, unsigned little-endian. */
        UINT2,
        /** Four bytes, signed little-endian. */
        INT4,
        /** Four bytes, unsigned little-endian. */
        UINT4,
        /** Eight bytes, unsigned little-endian. */
        UINT8,
        /** An IEEE 754 double, big-endian. */
        FLOAT8,
        /** A decimal number on a line ending in {@code \n}. */
        DECIMAL_LINE,
        /** Raw text on a line ending in {@code \n}. */
        TEXT_LINE,
        /** A quoted Python string literal on a line. */
        QUOTED_LINE,
        /** Raw-unicode-escape text on a line. */
        UNICODE_LINE,
        /** Two text lines: module and name. */
        TWO_LINES,
        /** A one-byte length, then that many bytes of 8-bit string. */
        STRING_UINT1,
        /** A signed four-byte length, then 8-bit string bytes. */
        STRING_INT4,
        /** A one-byte length, then UTF-8 bytes. */
        UNICODE_UINT1,
        /** A four-byte length, then UTF-8 bytes. */
        UNICODE_UINT4,
        /** An eight-byte length, then UTF-8 bytes. */
        UNICODE_UINT8,
        /** A one-byte length, then raw bytes. */
        BYTES_UINT1,
        /** A four-byte length, then raw bytes. */
        BYTES_UINT4,
        /** An eight-byte length, then raw bytes. */
        BYTES_UINT8,
        /** A one-byte length, then a little-endian two's complement integer. */
        LONG_UINT1,
        /** A signed four-byte length, then a little-endian two's complement integer. */
        LONG_INT4
    }
}
