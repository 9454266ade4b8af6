package io.github.graflowstudio.ui.inspector;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.github.graflowstudio.checkpoint.inspect.model.InspectionFlag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bounded text of one file for the raw view (the first {@value #MAX_TEXT_BYTES} bytes of JSON,
 * a hex dump of the first {@value #MAX_HEX_BYTES} bytes of a pickle) with the problem's position
 * marked: taken from the flag message (line and column, or byte offset), or else from a parse of
 * the text. Immutable and thread-safe.
 *
 * @param lines    the lines to show
 * @param errorRow the index in {@code lines} of the problem's line, or -1
 * @param problem  the problem in one line, or {@code null}
 * @param note     what part of the file is shown ("first 4 MB of 20 MB"), or "" for the whole file
 */
public record RawText(List<RawLine> lines, int errorRow, String problem, String note) {
    /** The most JSON bytes shown. */
    public static final int MAX_TEXT_BYTES = 4 * 1024 * 1024;
    /** The most pickle bytes dumped. */
    public static final int MAX_HEX_BYTES = 256 * 1024;
    /** The longest segment of one line. */
    static final int SEGMENT = 1000;
    private static final Pattern LINE_COLUMN = Pattern.compile("at line (\\d+), column (\\d+)");
    private static final Pattern BYTE_OFFSET = Pattern.compile("byte offset (\\d+)");

    /** Copies the lines. */
    public RawText {
        lines = List.copyOf(lines);
    }

    /** The text of a missing file. */
    static RawText missing(Path file) {
        return new RawText(List.of(), -1, null, file.getFileName() + " is missing");
    }

    /**
     * Reads a JSON file's text and marks the position of its problem.
     *
     * @param file    the file
     * @param problem the flag about the file's syntax or encoding, or {@code null} when it is readable
     */
    static RawText json(Path file, InspectionFlag problem) throws IOException {
        long size = Files.size(file);
        byte[] bytes = head(file, MAX_TEXT_BYTES);
        boolean whole = bytes.length == size;
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        int[] position = problem == null ? null : position(problem.message(), bytes);
        String message = problem == null ? null : problem.message();
        if (problem != null && position == null && whole) {
            position = parsePosition(bytes);
        }
        List<RawLine> lines = new ArrayList<>();
        int errorRow = -1;
        int lineNumber = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            boolean errorLine = position != null && position[0] == lineNumber;
            int errorSegment = errorLine ? Math.min(Math.max(0, position[1] - 1) / SEGMENT,
                    Math.max(0, line.length() - 1) / SEGMENT) : -1;
            for (int segment = 0; segment == 0 || segment * SEGMENT < line.length(); segment++) {
                String part = line.substring(segment * SEGMENT, Math.min(line.length(), (segment + 1) * SEGMENT));
                boolean here = segment == errorSegment;
                lines.add(new RawLine(segment == 0 ? lineNumber : 0, part, here, false));
                if (here) {
                    errorRow = lines.size() - 1;
                    int column = Math.min(part.length(), Math.max(0, position[1] - 1) - segment * SEGMENT);
                    String pad = part.substring(0, column).replaceAll("[^\t]", " ");
                    lines.add(new RawLine(0, pad + "^ " + message, true, true));
                }
            }
            if (end >= text.length()) {
                break;
            }
            start = end + 1;
            lineNumber++;
        }
        if (message != null && errorRow < 0) {
            // no position (or past the end): the problem is shown first, or last when it is at the end
            errorRow = position == null ? 0 : lines.size();
            lines.add(errorRow, new RawLine(0, (position == null ? "" : "^ ") + message, true, true));
        }
        String where = position == null || LINE_COLUMN.matcher(message).find() ? ""
                : " (line " + position[0] + ", column " + position[1] + ")";
        return new RawText(lines, errorRow, message == null ? null : message + where,
                whole ? "" : "first " + megabytes(bytes.length) + " of " + megabytes(size) + " shown");
    }

    /**
     * A hex dump of a pickle with the walk's problem marked.
     *
     * @param file        the file
     * @param problem     the walk's problem, or {@code null}
     * @param errorOffset the byte offset of the problem, or -1
     */
    static RawText hex(Path file, String problem, long errorOffset) throws IOException {
        long size = Files.size(file);
        byte[] bytes = head(file, MAX_HEX_BYTES);
        List<RawLine> lines = new ArrayList<>();
        int errorRow = -1;
        for (int offset = 0; offset < bytes.length; offset += 16) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%08x  ", offset));
            StringBuilder ascii = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (offset + i < bytes.length) {
                    int value = bytes[offset + i] & 0xff;
                    row.append(String.format(Locale.ROOT, "%02x ", value));
                    ascii.append(value >= 0x20 && value < 0x7f ? (char) value : '.');
                } else {
                    row.append("   ");
                }
            }
            row.append(" |").append(ascii).append('|');
            boolean here = problem != null && errorOffset >= offset && errorOffset < offset + 16;
            lines.add(new RawLine(0, row.toString(), here, false));
            if (here) {
                errorRow = lines.size() - 1;
                lines.add(new RawLine(0, " ".repeat(10 + (int) (errorOffset - offset) * 3) + "^ " + problem, true,
                        true));
            }
        }
        return new RawText(lines, errorRow, problem, bytes.length == size ? ""
                : "first " + megabytes(bytes.length) + " of " + megabytes(size) + " shown as hex");
    }

    /** Line and column from a flag message: "at line L, column C", or computed from "byte offset N". */
    static int[] position(String message, byte[] bytes) {
        Matcher lineColumn = LINE_COLUMN.matcher(message);
        if (lineColumn.find()) {
            return new int[] {Integer.parseInt(lineColumn.group(1)), Integer.parseInt(lineColumn.group(2))};
        }
        Matcher offset = BYTE_OFFSET.matcher(message);
        if (offset.find()) {
            long at = Long.parseLong(offset.group(1));
            if (at <= bytes.length) {
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < at; i++) {
                    if (bytes[i] == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                int column = new String(bytes, lineStart, (int) at - lineStart, StandardCharsets.UTF_8).length() + 1;
                return new int[] {line, column};
            }
        }
        return null;
    }

    /** Where a lenient JSON parse of the bytes fails, or {@code null} when it does not. */
    static int[] parsePosition(byte[] bytes) {
        JsonFactory factory = JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
        try (JsonParser parser = factory.createParser(bytes)) {
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
            return null;
        } catch (JsonProcessingException syntax) {
            return syntax.getLocation() == null ? null
                    : new int[] {syntax.getLocation().getLineNr(), syntax.getLocation().getColumnNr()};
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static byte[] head(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        }
    }

    private static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? InspectorFormat.plural(bytes, "byte", "bytes")
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
