package org.regkg.spark;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.io.Text;

/**
 * Lines decoded as a build decodes them: strict UTF-8 (an invalid byte sequence makes the line
 * bad, never a replacement character), a byte order mark dropped from the first line.
 */
final class StrictUtf8 {
    private static final char BOM = '\uFEFF';

    private StrictUtf8() {
    }

    /** The line, or null when it is not valid UTF-8. */
    static String decode(Text line) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line.getBytes(), 0, line.getLength())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Line {@code index} (0-based) without a leading byte order mark if it is the first line. */
    static String withoutBom(String line, long index) {
        return index == 0 && line != null && !line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line;
    }
}
