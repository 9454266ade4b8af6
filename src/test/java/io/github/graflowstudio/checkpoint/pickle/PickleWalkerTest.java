package io.github.graflowstudio.checkpoint.pickle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The walker on real Graflow pickles and on small hand-made ones. */
class PickleWalkerTest {
    private static final Path FIXTURES = Path.of(System.getProperty("studio.shared.dir", "../shared"),
            "fixtures", "graflow-checkpoints");
    private final PickleWalker walker = PickleWalker.withDefaults();

    @ParameterizedTest
    @CsvSource({"a1_chain_deferred,4070,1215", "a2_chain_immediate,4212,1199", "b1_fanout_parallel_group,5598,1833",
            "c1_next_iteration,5632,1508", "o1_old_reference_chain,3657,1165", "o2_old_mixed_strategies,5323,1766"})
    void graflowPicklesAreValidWithTheReferenceCounts(String set, long size, long opcodes) throws IOException {
        PickleReport report = walker.walkFile(FIXTURES.resolve(set).resolve("checkpoint.pkl"));
        assertTrue(report.valid(), report::problem);
        assertEquals(size, report.size());
        assertEquals(5, report.protocol());
        assertEquals(opcodes, report.opcodeCount());
        assertEquals(0, report.trailingBytes());
        assertFalse(report.hasUnsafeGlobals());
        assertEquals(0, report.unresolvedGlobals());
        assertEquals("graflow.core.context.ExecutionContext", report.globals().get(0).qualifiedName());
    }

    @Test
    void bytesAndFileWalksAgree() throws IOException {
        Path file = FIXTURES.resolve("b1_fanout_parallel_group/checkpoint.pkl");
        PickleReport fromFile = walker.walkFile(file);
        PickleReport fromBytes = walker.walk(Files.readAllBytes(file));
        assertEquals(fromFile, fromBytes);
        assertTrue(fromFile.globals().stream()
                .anyMatch(global -> global.qualifiedName().equals("graflow.core.task.ParallelGroup")));
    }

    @Test
    void garbageHasNoProtoHeader() throws IOException {
        PickleReport report = walker.walkFile(FIXTURES.resolve("g3_garbage_pkl/checkpoint.pkl"));
        assertFalse(report.valid());
        assertEquals("does not start with PROTO opcode 0x80", report.error());
        assertEquals(0, report.errorOffset());
        assertEquals(515, report.size());
    }

    @Test
    void everyTruncationOfARealPickleIsInvalid() throws IOException {
        byte[] data = Files.readAllBytes(FIXTURES.resolve("a1_chain_deferred/checkpoint.pkl"));
        for (int length = 0; length < data.length; length++) {
            PickleReport report = walker.walk(java.util.Arrays.copyOf(data, length));
            assertFalse(report.valid(), "prefix of " + length + " bytes");
            assertNotNull(report.error());
        }
    }

    @Test
    void stackGlobalThroughTheMemoNamesOsSystem() {
        byte[] data = PickleBytes.protocol(4)
                .shortUnicode("os").op(PickleOpcode.MEMOIZE)
                .shortUnicode("system").op(PickleOpcode.MEMOIZE)
                .op(PickleOpcode.POP).op(PickleOpcode.POP)
                .op(PickleOpcode.BINGET).raw(0).op(PickleOpcode.BINGET).raw(1)
                .op(PickleOpcode.STACK_GLOBAL)
                .shortUnicode("echo pwned").op(PickleOpcode.TUPLE1).op(PickleOpcode.REDUCE).stop().bytes();
        PickleReport report = walker.walk(data);
        assertTrue(report.valid(), report::problem);
        assertEquals(List.of("os.system"), report.unsafeGlobals().stream().map(PickleGlobal::qualifiedName).toList());
        assertTrue(report.hasUnsafeGlobals());
    }

    @Test
    void protocolZeroGlobalsAreNamedWhenTheHeaderIsNotRequired() {
        byte[] data = new PickleBytes().global("posix", "system").op(PickleOpcode.MARK)
                .op(PickleOpcode.STRING).raw("'ls'\n").op(PickleOpcode.TUPLE).op(PickleOpcode.REDUCE).stop().bytes();
        PickleReport strict = walker.walk(data);
        assertFalse(strict.valid());
        PickleReport lenient = new PickleWalker(PickleLimits.DEFAULTS.withRequireProtoHeader(false)).walk(data);
        assertTrue(lenient.valid(), lenient::problem);
        assertEquals(-1, lenient.protocol());
        assertEquals("posix.system", lenient.unsafeGlobals().get(0).qualifiedName());
    }

    @Test
    void instAndBuiltinsEvalAreUnsafe() {
        byte[] data = PickleBytes.protocol(2).op(PickleOpcode.MARK).shortUnicode("1+1")
                .op(PickleOpcode.INST).raw("builtins\neval\n").stop().bytes();
        PickleReport report = walker.walk(data);
        assertTrue(report.valid(), report::problem);
        assertEquals("evaluates or compiles code", report.unsafeGlobals().get(0).unsafeReason());
    }

    @Test
    void unsafeListCoversModulesAndSubmodules() {
        assertTrue(UnsafeGlobals.isUnsafe("subprocess", "Popen"));
        assertTrue(UnsafeGlobals.isUnsafe("importlib.util", "find_spec"));
        assertTrue(UnsafeGlobals.isUnsafe("nt", "system"));
        assertTrue(UnsafeGlobals.isUnsafe("builtins", "getattr"));
        assertTrue(UnsafeGlobals.isUnsafe("pickle", "loads"));
        assertFalse(UnsafeGlobals.isUnsafe("builtins", "list"));
        assertFalse(UnsafeGlobals.isUnsafe("ossified", "thing"));
        assertFalse(UnsafeGlobals.isUnsafe("logging", "getLogger"));
        assertFalse(UnsafeGlobals.isUnsafe("cloudpickle.cloudpickle", "_builtin_type"));
    }

    @Test
    void stackGlobalOnNonTextIsInvalid() {
        byte[] data = PickleBytes.protocol(4).op(PickleOpcode.NONE).op(PickleOpcode.NONE)
                .op(PickleOpcode.STACK_GLOBAL).stop().bytes();
        PickleReport report = walker.walk(data);
        assertFalse(report.valid());
        assertEquals("STACK_GLOBAL requires str", report.error());
        assertEquals(4, report.errorOffset());
    }

    @Test
    void stackGlobalOnUnknownValuesIsUnresolved() {
        byte[] data = PickleBytes.protocol(4).stackGlobal("builtins", "str").op(PickleOpcode.EMPTY_TUPLE)
                .op(PickleOpcode.REDUCE).op(PickleOpcode.DUP).op(PickleOpcode.STACK_GLOBAL).stop().bytes();
        PickleReport report = walker.walk(data);
        assertTrue(report.valid(), report::problem);
        assertEquals(1, report.unresolvedGlobals());
    }

    @Test
    void trailingBytesAfterStopAreReported() {
        byte[] data = PickleBytes.protocol(5).op(PickleOpcode.NONE).stop().raw("junk").bytes();
        PickleReport report = walker.walk(data);
        assertTrue(report.valid());
        assertEquals(4, report.trailingBytes());
        assertEquals(3, report.opcodeCount());
    }

    @Test
    void unsupportedProtocolUnderflowAndMissingMarkAreInvalid() {
        assertEquals("unsupported pickle protocol: 6", walker.walk(PickleBytes.protocol(6).stop().bytes()).error());
        assertEquals("unpickling stack underflow", walker.walk(PickleBytes.protocol(5).stop().bytes()).error());
        assertEquals("could not find MARK",
                walker.walk(PickleBytes.protocol(5).op(PickleOpcode.LIST).stop().bytes()).error());
        assertEquals("memo value not found at index 7",
                walker.walk(PickleBytes.protocol(5).op(PickleOpcode.BINGET).raw(7).stop().bytes()).error());
        assertEquals("ended without a STOP opcode",
                walker.walk(PickleBytes.protocol(5).op(PickleOpcode.NONE).bytes()).error());
        assertEquals("unknown opcode 0xff", walker.walk(PickleBytes.protocol(5).raw(0xff).bytes()).error());
    }

    @Test
    void externalReferencesAreCounted() {
        byte[] data = PickleBytes.protocol(5).op(PickleOpcode.NEXT_BUFFER).op(PickleOpcode.READONLY_BUFFER).stop()
                .bytes();
        PickleReport report = walker.walk(data);
        assertTrue(report.valid(), report::problem);
        assertEquals(1, report.externalReferences());
    }

    @Test
    void listingShowsOffsetsNamesAndShortArguments() throws IOException {
        List<PickleInstruction> rows = PickleListing.page(walker,
                FIXTURES.resolve("a1_chain_deferred/checkpoint.pkl"), 0, 7);
        assertEquals(7, rows.size());
        assertEquals(new PickleInstruction(0, 0, PickleOpcode.PROTO, "5"), rows.get(0));
        assertEquals(new PickleInstruction(1, 2, PickleOpcode.FRAME, "4059"), rows.get(1));
        assertEquals(new PickleInstruction(2, 11, PickleOpcode.SHORT_BINUNICODE, "'graflow.core.context'"),
                rows.get(2));
        assertEquals(new PickleInstruction(6, 53, PickleOpcode.STACK_GLOBAL, ""), rows.get(6));
        List<PickleInstruction> later = PickleListing.page(walker,
                FIXTURES.resolve("a1_chain_deferred/checkpoint.pkl"), 1210, 100);
        assertEquals(5, later.size());
        assertEquals(PickleOpcode.STOP, later.get(4).opcode());
    }

    @Test
    void longArgumentsAreTruncatedInTheListing() {
        String big = "x".repeat(10_000);
        byte[] data = PickleBytes.protocol(4).unicode(big).stop().bytes();
        List<PickleInstruction> rows = PickleListing.page(walker, data, 1, 1);
        assertTrue(rows.get(0).argument().length() < 130, rows.get(0).argument());
        assertTrue(rows.get(0).argument().endsWith("(10000 bytes)"));
    }
}
