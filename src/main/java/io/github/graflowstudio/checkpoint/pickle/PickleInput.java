package io.github.graflowstudio.checkpoint.pickle;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The bytes under walk, either an array or a stream of known size, with a position. Reads past
 * the end throw {@link EOFException}. Not thread-safe: one walk owns one input.
 */
abstract class PickleInput {
    private final long size;

    PickleInput(long size) {
        this.size = size;
    }

    static PickleInput of(byte[] data) {
        return new ArrayInput(data);
    }

    static PickleInput of(InputStream stream, long size) {
        return new StreamInput(stream, size);
    }

    /** The total number of bytes. */
    final long size() {
        return size;
    }

    /** Bytes left after the position. */
    final long remaining() {
        return size - position();
    }

    /** Offset of the next byte. */
    abstract long position();

    /** The next byte (0 to 255), or -1 at the end. */
    abstract int read() throws IOException;

    /** Reads exactly {@code length} bytes into {@code target}. */
    abstract void readFully(byte[] target, int offset, int length) throws IOException;

    /** Skips exactly {@code count} bytes. */
    abstract void skip(long count) throws IOException;

    /** Reads one byte, failing at the end. */
    final int readRequired() throws IOException {
        int value = read();
        if (value < 0) {
            throw new EOFException("pickle data was truncated");
        }
        return value;
    }

    private static final class ArrayInput extends PickleInput {
        private final byte[] data;
        private int position;

        ArrayInput(byte[] data) {
            super(Objects.requireNonNull(data, "data").length);
            this.data = data;
        }

        @Override
        long position() {
            return position;
        }

        @Override
        int read() {
            return position < data.length ? data[position++] & 0xff : -1;
        }

        @Override
        void readFully(byte[] target, int offset, int length) throws IOException {
            if (length > data.length - position) {
                throw new EOFException("pickle data was truncated");
            }
            System.arraycopy(data, position, target, offset, length);
            position += length;
        }

        @Override
        void skip(long count) throws IOException {
            if (count > data.length - position) {
                throw new EOFException("pickle data was truncated");
            }
            position += (int) count;
        }
    }

    private static final class StreamInput extends PickleInput {
        private final InputStream stream;
        private final byte[] buffer = new byte[64 * 1024];
        private int bufferLength;
        private int bufferPosition;
        private long bufferStart;

        StreamInput(InputStream stream, long size) {
            super(size);
            this.stream = Objects.requireNonNull(stream, "stream");
        }

        @Override
        long position() {
            return bufferStart + bufferPosition;
        }

        private boolean fill() throws IOException {
            bufferStart += bufferLength;
            bufferPosition = 0;
            bufferLength = 0;
            int count = stream.read(buffer, 0, buffer.length);
            if (count <= 0) {
                return false;
            }
            bufferLength = count;
            return true;
        }

        @Override
        int read() throws IOException {
            if (bufferPosition >= bufferLength && !fill()) {
                return -1;
            }
            return buffer[bufferPosition++] & 0xff;
        }

        @Override
        void readFully(byte[] target, int offset, int length) throws IOException {
            int done = 0;
            while (done < length) {
                if (bufferPosition >= bufferLength && !fill()) {
                    throw new EOFException("pickle data was truncated");
                }
                int chunk = Math.min(length - done, bufferLength - bufferPosition);
                System.arraycopy(buffer, bufferPosition, target, offset + done, chunk);
                bufferPosition += chunk;
                done += chunk;
            }
        }

        @Override
        void skip(long count) throws IOException {
            long left = count;
            while (left > 0) {
                if (bufferPosition >= bufferLength && !fill()) {
                    throw new EOFException("pickle data was truncated");
                }
                int chunk = (int) Math.min(left, bufferLength - bufferPosition);
                bufferPosition += chunk;
                left -= chunk;
            }
        }
    }
}
