package io.github.graflowstudio.checkpoint.inspect.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (no overlong forms, no
 * encoded surrogates, nothing above U+10FFFF), failing with the byte offset of the first bad
 * sequence. Also notes a leading byte order mark. Not thread-safe.
 */
final class Utf8CheckingInputStream extends FilterInputStream {
    private long offset;
    private int pending;
    private int lowerBound = 0x80;
    private int upperBound = 0xbf;
    private long sequenceStart;
    private final int[] head = new int[3];

    Utf8CheckingInputStream(InputStream in) {
        super(in);
    }

    /** Whether the data began with {@code EF BB BF}. */
    boolean startsWithByteOrderMark() {
        return head[0] == 0xef && head[1] == 0xbb && head[2] == 0xbf;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value >= 0) {
            check(value);
        } else {
            checkEnd();
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int start, int length) throws IOException {
        int count = super.read(buffer, start, length);
        if (count < 0) {
            checkEnd();
            return count;
        }
        int end = start + count;
        int i = start;
        while (i < end) {
            if (pending == 0 && offset >= 4) {
                // Fast path: runs of ASCII need no state changes.
                int run = i;
                while (run < end && buffer[run] >= 0) {
                    run++;
                }
                offset += run - i;
                i = run;
                if (i == end) {
                    break;
                }
            }
            check(buffer[i] & 0xff);
            i++;
        }
        return count;
    }

    @Override
    public long skip(long count) throws IOException {
        throw new IOException("skipping is not supported while checking UTF-8");
    }

    private void checkEnd() throws MalformedUtf8Exception {
        if (pending > 0) {
            throw new MalformedUtf8Exception(sequenceStart, "the file ends inside a multi-byte character");
        }
    }

    private void check(int value) throws IOException {
        if (offset < 3) {
            head[(int) offset] = value;
        }
        if (value == 0 && offset < 4) {
            // Jackson would take zero bytes up front as UTF-16/32; Python reads UTF-8 and refuses NUL.
            throw new NulByteException(offset);
        }
        if (pending > 0) {
            if (value < lowerBound || value > upperBound) {
                throw new MalformedUtf8Exception(sequenceStart,
                        String.format("invalid UTF-8 continuation byte 0x%02x", value));
            }
            lowerBound = 0x80;
            upperBound = 0xbf;
            pending--;
        } else if (value >= 0x80) {
            start(value);
        }
        offset++;
    }

    private void start(int value) throws MalformedUtf8Exception {
        sequenceStart = offset;
        if (value >= 0xc2 && value <= 0xdf) {
            pending = 1;
        } else if (value >= 0xe0 && value <= 0xef) {
            pending = 2;
            if (value == 0xe0) {
                lowerBound = 0xa0;
            } else if (value == 0xed) {
                upperBound = 0x9f;
            }
        } else if (value >= 0xf0 && value <= 0xf4) {
            pending = 3;
            if (value == 0xf0) {
                lowerBound = 0x90;
            } else if (value == 0xf4) {
                upperBound = 0x8f;
            }
        } else {
            throw new MalformedUtf8Exception(offset, String.format("invalid UTF-8 start byte 0x%02x", value));
        }
    }

    /** A NUL byte at the start, where it is never valid JSON. */
    static final class NulByteException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long offset;

        NulByteException(long offset) {
            super("a NUL byte at byte offset " + offset);
            this.offset = offset;
        }

        long offset() {
            return offset;
        }
    }

    /** Bytes that are not UTF-8, with the offset of the bad sequence. */
    static final class MalformedUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        private final long offset;

        MalformedUtf8Exception(long offset, String message) {
            super(message);
            this.offset = offset;
        }

        long offset() {
            return offset;
        }
    }
}
