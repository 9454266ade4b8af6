package io.github.graflowstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.graflowstudio.document.export.DotExporter;
import io.github.graflowstudio.document.export.GraflowPythonExporter;
import io.github.graflowstudio.document.export.MermaidExporter;
import io.github.graflowstudio.document.json.DocumentCodec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    private static final Path ETL = Path.of("assets", "samples", "etl.flow.json");

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StudioCommandLine.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void writesEachFormatToStandardOutput() throws Exception {
        var document = new DocumentCodec().read(ETL);
        Outcome mermaid = run("export", ETL.toString(), "--format", "mermaid");
        assertEquals(0, mermaid.code(), mermaid.err());
        assertEquals(new MermaidExporter().export(document), mermaid.out());
        Outcome dot = run("export", ETL.toString(), "-f", "DOT");
        assertEquals(0, dot.code(), dot.err());
        assertEquals(new DotExporter().export(document), dot.out());
        Outcome graflow = run("export", ETL.toString(), "--format=graflow");
        assertEquals(0, graflow.code(), graflow.err());
        assertEquals(new GraflowPythonExporter().export(document), graflow.out());
        assertEquals("", graflow.err());
    }

    @Test
    void writesToTheOutputFile(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("etl.mmd");
        Outcome outcome = run("export", ETL.toString(), "--format", "mermaid", "-o", target.toString());
        assertEquals(0, outcome.code(), outcome.err());
        assertEquals("", outcome.out());
        assertEquals(new MermaidExporter().export(new DocumentCodec().read(ETL)),
                Files.readString(target, StandardCharsets.UTF_8));
    }

    @Test
    void invalidDocumentExitsTwoWithThePositionOnStandardError(@TempDir Path folder) throws Exception {
        Path broken = folder.resolve("broken.flow.json");
        Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"name\": \"x\",\n  \"nodes\": [ {\"id\": \"a\"} ]\n}\n");
        Outcome outcome = run("export", broken.toString(), "--format", "dot");
        assertEquals(ExitCodes.BAD_INPUT, outcome.code());
        assertEquals("", outcome.out());
        assertTrue(outcome.err().matches("(?s)error: broken\\.flow\\.json:4:\\d+: .*kind.*\\R"), outcome.err());
    }

    @Test
    void malformedJsonAndMissingFilesExitTwo(@TempDir Path folder) throws Exception {
        Path malformed = folder.resolve("malformed.flow.json");
        Files.writeString(malformed, "{\n  \"name\": \"x\",,\n}");
        Outcome bad = run("export", malformed.toString(), "-f", "mermaid");
        assertEquals(ExitCodes.BAD_INPUT, bad.code());
        assertTrue(bad.err().startsWith("error: malformed.flow.json:2:"), bad.err());
        Outcome missing = run("export", folder.resolve("absent.flow.json").toString(), "-f", "mermaid");
        assertEquals(ExitCodes.BAD_INPUT, missing.code());
        assertTrue(missing.err().startsWith("error: absent.flow.json: cannot read the file"), missing.err());
    }

    @Test
    void unknownOrMissingFormatIsAUsageError() {
        Outcome unknown = run("export", ETL.toString(), "--format", "png");
        assertEquals(ExitCodes.BAD_INPUT, unknown.code());
        assertTrue(unknown.err().contains("unknown format 'png'. Formats: [mermaid, dot, graflow]"), unknown.err());
        Outcome missing = run("export", ETL.toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("--format"), missing.err());
    }

    @Test
    void unwritableOutputExitsTwo(@TempDir Path folder) {
        Path target = folder.resolve("no-such-folder").resolve("out.dot");
        Outcome outcome = run("export", ETL.toString(), "-f", "dot", "-o", target.toString());
        assertEquals(ExitCodes.BAD_INPUT, outcome.code());
        assertTrue(outcome.err().startsWith("error: cannot write "), outcome.err());
    }

    @Test
    void exportIsACommandForTheLauncher() {
        assertTrue(StudioCommandLine.isCommand(new String[] {"export", "x"}));
        Outcome help = run("export", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--format"), help.out());
    }
}
