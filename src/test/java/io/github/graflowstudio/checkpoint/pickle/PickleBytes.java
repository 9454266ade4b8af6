package io.github.graflowstudio.checkpoint.pickle;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds pickle byte streams opcode by opcode for tests (hostile ones included). */
final class PickleBytes {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    static PickleBytes protocol(int version) {
        return new PickleBytes().op(PickleOpcode.PROTO).raw(version);
    }

    PickleBytes op(PickleOpcode opcode) {
        bytes.write(opcode.code());
        return this;
    }

    PickleBytes raw(int... values) {
        for (int value : values) {
            bytes.write(value);
        }
        return this;
    }

    PickleBytes raw(String text) {
        byte[] data = text.getBytes(StandardCharsets.ISO_8859_1);
        bytes.write(data, 0, data.length);
        return this;
    }

    PickleBytes uint4(long value) {
        for (int i = 0; i < 4; i++) {
            bytes.write((int) (value >>> (8 * i)) & 0xff);
        }
        return this;
    }

    PickleBytes uint8(long value) {
        for (int i = 0; i < 8; i++) {
            bytes.write((int) (value >>> (8 * i)) & 0xff);
        }
        return this;
    }

    /** SHORT_BINUNICODE with the text. */
    PickleBytes shortUnicode(String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        op(PickleOpcode.SHORT_BINUNICODE).raw(data.length);
        bytes.write(data, 0, data.length);
        return this;
    }

    /** BINUNICODE with the text. */
    PickleBytes unicode(String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        op(PickleOpcode.BINUNICODE).uint4(data.length);
        bytes.write(data, 0, data.length);
        return this;
    }

    /** module, name, STACK_GLOBAL. */
    PickleBytes stackGlobal(String module, String name) {
        return shortUnicode(module).shortUnicode(name).op(PickleOpcode.STACK_GLOBAL);
    }

    /** A protocol 0 GLOBAL. */
    PickleBytes global(String module, String name) {
        return op(PickleOpcode.GLOBAL).raw(module + "\n" + name + "\n");
    }

    PickleBytes stop() {
        return op(PickleOpcode.STOP);
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }
}
