package io.github.graflowstudio.checkpoint.inspect.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one JSON file of a set the way Python's {@code json} module would accept it, streaming:
 * strict UTF-8, {@code NaN}/{@code Infinity} allowed, integers of any size, one top-level object,
 * nothing after it. Every problem becomes a flag with line, column, byte offset and file size.
 * Thread-safe (the Jackson factory is shared and immutable once built).
 */
public final class JsonFileReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(10_000)
                    .maxStringLength(64 * 1024 * 1024)
                    .maxNestingDepth(1000)
                    .build())
            .build();

    /** Marks messages of the safety net, which tests look for. */
    public static final String INTERNAL_ERROR = "unexpected internal error";

    private final long maxBytes;

    /**
     * A reader refusing files larger than {@code maxBytes}.
     *
     * @param maxBytes the largest file read
     */
    public JsonFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Receives each top-level member; must consume the member's value (read or skip it).
     */
    @FunctionalInterface
    public interface MemberHandler {
        /**
         * Called with the source positioned on the member's first value token.
         *
         * @param name   the member name
         * @param source the source
         * @throws IOException to abandon the file as unreadable
         */
        void member(String name, JsonSource source) throws IOException;
    }

    /**
     * The outcome of reading one file.
     *
     * @param status the file status
     * @param flags  the flags about the file (encoding, syntax, numbers)
     */
    public record Result(FileStatus status, List<InspectionFlag> flags) {
        /** Copies the flags. */
        public Result {
            flags = List.copyOf(flags);
        }
    }

    /**
     * Reads a file, passing each top-level member to the handler.
     *
     * @param file    the file
     * @param role    which file of the set it is (for the flag codes)
     * @param handler receives the members
     * @return the status and the flags; MISSING when the file does not exist
     */
    public Result read(Path file, CheckpointFile role, MemberHandler handler) {
        List<InspectionFlag> flags = new ArrayList<>();
        String label = file.getFileName().toString();
        long size;
        try {
            if (!Files.exists(file)) {
                return new Result(FileStatus.MISSING, flags);
            }
            size = Files.size(file);
        } catch (IOException failure) {
            return invalid(flags, role, label + " could not be read: " + failure.getMessage());
        }
        if (size > maxBytes) {
            return invalid(flags, role, label + " is " + size + " bytes, more than the limit of " + maxBytes);
        }
        try (InputStream raw = Files.newInputStream(file);
             Utf8CheckingInputStream checked = new Utf8CheckingInputStream(raw);
             JsonParser parser = FACTORY.createParser(checked)) {
            JsonSource source = new JsonSource(parser);
            String problem = readObject(source, handler, role);
            if (problem != null) {
                flags.add(InspectionFlag.of(notAnObject(role), label + ": " + problem));
                return new Result(FileStatus.INVALID, flags);
            }
            if (checked.startsWithByteOrderMark()) {
                return invalid(flags, role, label
                        + " starts with a UTF-8 byte order mark, which Python's json refuses");
            }
            NumberFlags.add(flags, source, label);
            return new Result(FileStatus.OK, flags);
        } catch (Utf8CheckingInputStream.MalformedUtf8Exception bad) {
            flags.add(InspectionFlag.of(notUtf8(role), label + " is not UTF-8: " + bad.getMessage()
                    + " at byte offset " + bad.offset() + " of " + size + " bytes"));
            return new Result(FileStatus.INVALID, flags);
        } catch (Utf8CheckingInputStream.NulByteException nul) {
            return invalid(flags, role, label + ": " + nul.getMessage() + " of " + size + " bytes (not JSON text)");
        } catch (JsonProcessingException syntax) {
            return invalid(flags, role, label + ": " + describe(syntax, size));
        } catch (NoSuchFileException gone) {
            return new Result(FileStatus.MISSING, flags);
        } catch (IOException failure) {
            return invalid(flags, role, label + " could not be read: " + failure.getMessage());
        } catch (RuntimeException failure) {
            // A safety net: one file must never stop the inspection of the others.
            return invalid(flags, role, label + " could not be read (" + INTERNAL_ERROR + ": " + failure + ")");
        }
    }

    /** Reads the top-level object; returns a not-an-object message, or {@code null}. */
    private static String readObject(JsonSource source, MemberHandler handler, CheckpointFile role)
            throws IOException {
        JsonToken first = source.next();
        if (first == null) {
            throw source.problem("the file is empty (Python: Expecting value)");
        }
        if (first != JsonToken.START_OBJECT) {
            return "the top level is " + describeToken(first) + ", not an object";
        }
        JsonToken token;
        while ((token = source.next()) == JsonToken.FIELD_NAME) {
            String name = source.text();
            source.next();
            handler.member(name, source);
        }
        if (token != JsonToken.END_OBJECT) {
            throw source.problem("unexpected token " + token + " in the top-level object");
        }
        JsonToken extra = source.next();
        if (extra != null) {
            throw source.problem("extra data after the top-level object (Python: Extra data)");
        }
        return null;
    }

    private static String describeToken(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(token);
        };
    }

    /** A parse error with its position: message, line, column, byte offset and file size. */
    static String describe(JsonProcessingException syntax, long size) {
        JsonLocation location = syntax.getLocation();
        String message = syntax.getOriginalMessage();
        int cut = message.indexOf("\n at [Source");
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        if (location == null) {
            return message + " (file size " + size + " bytes)";
        }
        long offset = location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
        return message + " at line " + location.getLineNr() + ", column " + location.getColumnNr()
                + " (byte offset " + offset + " of " + size + " bytes)";
    }

    private static Result invalid(List<InspectionFlag> flags, CheckpointFile role, String message) {
        flags.add(InspectionFlag.of(invalidJson(role), message));
        return new Result(FileStatus.INVALID, flags);
    }

    static FlagCode invalidJson(CheckpointFile role) {
        return switch (role) {
            case META -> FlagCode.META_INVALID_JSON;
            case CONTEXT -> FlagCode.CONTEXT_INVALID_JSON;
            default -> FlagCode.STATE_INVALID_JSON;
        };
    }

    private static FlagCode notUtf8(CheckpointFile role) {
        return switch (role) {
            case META -> FlagCode.META_NOT_UTF8;
            case CONTEXT -> FlagCode.CONTEXT_NOT_UTF8;
            default -> FlagCode.STATE_NOT_UTF8;
        };
    }

    private static FlagCode notAnObject(CheckpointFile role) {
        return switch (role) {
            case META -> FlagCode.META_NOT_AN_OBJECT;
            case CONTEXT -> FlagCode.CONTEXT_NOT_AN_OBJECT;
            default -> FlagCode.STATE_NOT_AN_OBJECT;
        };
    }
}
