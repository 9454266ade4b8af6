package io.github.graflowstudio.checkpoint.pickle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile pickles end in a clear invalid report, fast, with bounded memory. */
class PickleBombTest {
    private final PickleWalker walker = PickleWalker.withDefaults();

    private static byte[] repeat(byte[] head, int opcode, int times, byte[] tail) {
        byte[] data = new byte[head.length + times + tail.length];
        System.arraycopy(head, 0, data, 0, head.length);
        Arrays.fill(data, head.length, head.length + times, (byte) opcode);
        System.arraycopy(tail, 0, data, head.length + times, tail.length);
        return data;
    }

    @Test
    void hugeMemoStopsAtTheCap() {
        byte[] head = PickleBytes.protocol(4).op(PickleOpcode.NONE).bytes();
        byte[] data = repeat(head, PickleOpcode.MEMOIZE.code(), 1_200_000, new byte[] {'.'});
        PickleReport report = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> walker.walk(data));
        assertFalse(report.valid());
        assertEquals("memo holds more than 1000000 entries", report.error());
        assertEquals(3 + 1_000_000, report.errorOffset());
    }

    @Test
    void deepNestingStopsAtTheMarkCap() {
        byte[] data = repeat(PickleBytes.protocol(4).bytes(), PickleOpcode.MARK.code(), 1_100_000, new byte[0]);
        PickleReport report = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> walker.walk(data));
        assertEquals("more than 1000000 nested marks", report.error());
    }

    @Test
    void hugeStackStopsAtTheStackCap() {
        byte[] data = repeat(PickleBytes.protocol(4).bytes(), PickleOpcode.NONE.code(), 5_100_000, new byte[0]);
        PickleReport report = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> walker.walk(data));
        assertEquals("stack holds more than 5000000 values", report.error());
    }

    @Test
    void claimedHugeLengthsAreRefusedBeforeAnyAllocation() {
        PickleReport bytes8 = walker.walk(PickleBytes.protocol(5).op(PickleOpcode.BINBYTES8).uint8(1L << 62)
                .stop().bytes());
        assertEquals("BINBYTES8 claims 4611686018427387904 bytes but only 1 remain", bytes8.error());
        assertEquals(2, bytes8.errorOffset());
        PickleReport unicode = walker.walk(PickleBytes.protocol(4).op(PickleOpcode.BINUNICODE).uint4(0xffffffffL)
                .stop().bytes());
        assertEquals("BINUNICODE claims 4294967295 bytes but only 1 remain", unicode.error());
        PickleReport negative = walker.walk(PickleBytes.protocol(2).op(PickleOpcode.LONG4).uint4(0xfffffff0L)
                .stop().bytes());
        assertEquals("LONG4 has a negative byte count -16", negative.error());
        PickleReport frame = walker.walk(PickleBytes.protocol(4).op(PickleOpcode.FRAME).uint8(-1L).bytes());
        assertEquals("an 8-byte length beyond 2^63 - 1", frame.error());
        PickleReport bytearray = walker.walk(PickleBytes.protocol(5).op(PickleOpcode.BYTEARRAY8).uint8(99)
                .raw("abc").bytes());
        assertEquals("BYTEARRAY8 claims 99 bytes but only 3 remain", bytearray.error());
    }

    @Test
    void opcodeCapStopsEndlessStreams() {
        PickleWalker small = new PickleWalker(PickleLimits.DEFAULTS.withMaxOpcodes(1000));
        byte[] data = repeat(PickleBytes.protocol(4).op(PickleOpcode.NONE).bytes(), PickleOpcode.DUP.code(), 5000,
                new byte[0]);
        PickleReport report = small.walk(data);
        assertEquals("more than 1000 opcodes", report.error());
    }

    @Test
    void oversizedFilesAreRefusedBeforeReading(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("big.pkl");
        Files.write(file, new byte[4096]);
        PickleReport report = new PickleWalker(PickleLimits.DEFAULTS.withMaxBytes(1024)).walkFile(file);
        assertFalse(report.valid());
        assertEquals("is 4096 bytes, more than the limit of 1024", report.error());
        assertEquals(0, report.opcodeCount());
    }

    @Test
    void namesBeyondTheTextBudgetResolveToUnresolvedGlobals() {
        PickleLimits tight = new PickleLimits(1 << 20, 1_000_000, 1000, 1000, 1000, 20, 10, true);
        byte[] data = PickleBytes.protocol(4).stackGlobal("a_long_module_name", "and_a_name")
                .op(PickleOpcode.POP).stackGlobal("x", "y").stop().bytes();
        PickleReport report = new PickleWalker(tight).walk(data);
        assertTrue(report.valid(), report::problem);
        assertEquals(1, report.unresolvedGlobals());
        assertEquals("x.y", report.globals().get(0).qualifiedName());
    }

    @Test
    void distinctGlobalsBeyondTheCapAreCountedAndStillCheckedForSafety() {
        PickleLimits tight = new PickleLimits(1 << 20, 1_000_000, 1000, 1000, 1000, 1_000_000, 2, true);
        PickleBytes builder = PickleBytes.protocol(4);
        builder.stackGlobal("m", "a").op(PickleOpcode.POP).stackGlobal("m", "b").op(PickleOpcode.POP)
                .stackGlobal("os", "system").op(PickleOpcode.POP).stackGlobal("m", "a").stop();
        PickleReport report = new PickleWalker(tight).walk(builder.bytes());
        assertEquals(2, report.globals().size());
        assertEquals(2, report.globals().get(0).count());
        assertEquals(1, report.unlistedGlobals());
        assertEquals(1, report.unlistedUnsafeGlobals());
        assertTrue(report.hasUnsafeGlobals());
    }
}
