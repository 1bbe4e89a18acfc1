package org.regkg.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines of strictly decoded UTF-8, one at a time, so that an invalid byte sequence is
 * reported with the exact line it is on. Line ends are {@code \n} or {@code \r\n}. A line longer
 * than {@link #MAX_LINE_BYTES} is read to its end without being kept and reported, so memory
 * stays bounded whatever the input (a one-line multi-GB file included).
 */
final class Utf8LineReader implements AutoCloseable {
    private final InputStream in;
    private final String file;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private int lineNumber;

    /** The longest line kept, in bytes: ten times the abstract cap, room for any record's other fields. */
    static final int MAX_LINE_BYTES = 10 * PaperChecks.MAX_ABSTRACT_BYTES;

    Utf8LineReader(InputStream in, String file) {
        this.in = new BufferedInputStream(in, 1 << 16);
        this.file = file;
    }

    /** The number of the line last returned (1-based). */
    int lineNumber() {
        return lineNumber;
    }

    /** The next line without its end, or null at the end of the input. */
    String readLine() {
        buffer.reset();
        try {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            long length = 0;
            while (b >= 0 && b != '\n') {
                if (length < MAX_LINE_BYTES) {
                    buffer.write(b);
                }
                length++;
                b = in.read();
            }
            if (length > MAX_LINE_BYTES) {
                lineNumber++;
                throw new InputException(file + ":" + lineNumber,
                        "line is " + length + " bytes, over the cap of " + MAX_LINE_BYTES + " (one record per line)");
            }
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
        lineNumber++;
        byte[] bytes = buffer.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        try {
            String line = decoder.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            return line;
        } catch (CharacterCodingException e) {
            throw new InputException(file + ":" + lineNumber, "invalid UTF-8");
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
