package org.regkg.ingest;

import java.nio.charset.StandardCharsets;

/** The checks every record passes, whatever its format. */
final class PaperChecks {
    /** Abstracts longer than this many bytes of UTF-8 are refused. */
    static final int MAX_ABSTRACT_BYTES = 100 * 1024;
    /** Titles longer than this many bytes of UTF-8 are refused. */
    static final int MAX_TITLE_BYTES = 2 * 1024;

    private PaperChecks() {
    }

    static void check(String location, String title, String abstractText) {
        if (title == null || title.isBlank()) {
            throw new InputException(location, "missing or empty title");
        }
        if (abstractText == null || abstractText.isBlank()) {
            throw new InputException(location, "missing or empty abstract");
        }
        int titleBytes = title.getBytes(StandardCharsets.UTF_8).length;
        if (titleBytes > MAX_TITLE_BYTES) {
            throw new InputException(location,
                    "title is " + titleBytes + " bytes, over the cap of " + MAX_TITLE_BYTES);
        }
        int bytes = abstractText.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_ABSTRACT_BYTES) {
            throw new InputException(location,
                    "abstract is " + bytes + " bytes, over the cap of " + MAX_ABSTRACT_BYTES);
        }
    }
}
