package io.github.graflowstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Runs the command line in-process and captures its output. */
final class CommandRunner {
    final int exitCode;
    final String out;
    final String err;

    private CommandRunner(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static CommandRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StudioCommandLine.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new CommandRunner(code, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + out + "\nstderr: " + err, e);
        }
    }

    static String resource(String name) {
        try {
            return Path.of(CommandRunner.class.getResource("/cli/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sample(String name) {
        return Path.of("assets", "samples", name).toString();
    }
}
