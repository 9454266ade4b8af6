package io.github.graflowstudio.document.json;

/**
 * A workflow document could not be read: unreadable file, malformed JSON, a wrong type, a
 * missing required field, an unsupported format version. The message is
 * {@code <file>:<line>:<column>: <detail>}, e.g.
 * {@code etl.flow.json:12:5: node 'x': missing field 'kind'} (without line and column when the
 * position is unknown). Immutable.
 */
public final class DocumentException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;
    private final String detail;

    /**
     * Makes the exception.
     *
     * @param file   the file name (or another source name)
     * @param line   1-based line, or 0 if unknown
     * @param column 1-based column, or 0 if unknown
     * @param detail what is wrong
     * @param cause  the underlying failure, or {@code null}
     */
    public DocumentException(String file, int line, int column, String detail, Throwable cause) {
        super(format(file, line, column, detail), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** Without a cause. */
    public DocumentException(String file, int line, int column, String detail) {
        this(file, line, column, detail, null);
    }

    private static String format(String file, int line, int column, String detail) {
        return line > 0 ? file + ":" + line + ":" + column + ": " + detail : file + ": " + detail;
    }

    /** The file name (or source name) the error is in. */
    public String file() {
        return file;
    }

    /** The 1-based line, or 0 if unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0 if unknown. */
    public int column() {
        return column;
    }

    /** The message without the position prefix. */
    public String detail() {
        return detail;
    }
}
