package io.github.graflowstudio.document.json;

import io.github.graflowstudio.document.WorkflowDocument;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Reads and writes workflow documents ({@code *.flow.json}).
 *
 * <p>Reading never fails with anything but {@link DocumentException}: unreadable files, malformed
 * JSON, duplicate keys, wrong types, missing required fields and unsupported format versions are
 * all reported with the file name, line and column. Unknown fields are kept at every level.
 * Writing is pretty and stable: the same document always gives the same bytes, and reading them
 * back gives an equal document.
 *
 * <p>Stateless and thread-safe.
 */
public final class DocumentCodec {
    /** The file name suffix of workflow documents. */
    public static final String FILE_SUFFIX = ".flow.json";
    /** The largest document file read (64 MiB). */
    public static final long MAX_FILE_BYTES = 64L << 20;

    /** Makes a codec. */
    public DocumentCodec() {
    }

    /**
     * Reads a document file (UTF-8). Messages name the file by its file name.
     *
     * @throws DocumentException if the file cannot be read or is not a valid document
     */
    public WorkflowDocument read(Path file) throws DocumentException {
        Path fileName = file.getFileName();
        String source = fileName == null ? file.toString() : fileName.toString();
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new DocumentException(source, 0, 0, "the file is larger than " + MAX_FILE_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentException(source, 0, 0, "the file is not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new DocumentException(source, 0, 0, "cannot read the file: " + e, e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return read(text, source);
    }

    /**
     * Reads a document from JSON text.
     *
     * @param json   the text
     * @param source the name used in messages (e.g. a file name); {@code null} gives {@code <string>}
     * @throws DocumentException if the text is not a valid document
     */
    public WorkflowDocument read(String json, String source) throws DocumentException {
        String name = source == null ? "<string>" : source;
        if (json == null) {
            throw new DocumentException(name, 0, 0, "no text to read");
        }
        return DocumentDecoder.decode(JsonTreeReader.read(json, name), name);
    }

    /**
     * Reads a document from its plain JSON form (maps, lists, strings, numbers, booleans), e.g.
     * a document embedded in a checkpoint. Messages carry no line numbers.
     *
     * @throws DocumentException if the value is not a valid document
     */
    public WorkflowDocument fromJsonMap(Map<String, ?> json, String source) throws DocumentException {
        String name = source == null ? "<value>" : source;
        if (json == null) {
            throw new DocumentException(name, 0, 0, "no value to read");
        }
        try {
            return DocumentDecoder.decode(Located.fromPlain(json), name);
        } catch (StackOverflowError e) {
            throw new DocumentException(name, 0, 0, "the value is nested too deeply");
        }
    }

    /** The plain JSON form of a document (a fresh mutable map in canonical field order). */
    public Map<String, Object> toJsonMap(WorkflowDocument document) {
        return DocumentEncoder.encode(document);
    }

    /** The pretty, stable JSON text of a document, ending with a line break. */
    public String write(WorkflowDocument document) {
        return PlainJsonWriter.write(DocumentEncoder.encode(document));
    }

    /**
     * Writes a document to a file atomically (a temporary file in the same folder is moved into
     * place), so a crash never leaves half a document.
     *
     * @throws IOException if the file cannot be written
     */
    public void write(WorkflowDocument document, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, write(document), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
