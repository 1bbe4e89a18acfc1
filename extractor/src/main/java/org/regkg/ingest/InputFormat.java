package org.regkg.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** The input formats RegKG reads. */
public enum InputFormat {
    /** The bundled listing: two header lines, then title and abstract on alternating lines. */
    LISTING,
    /** One JSON object per line. */
    JSONL,
    /** One JSON array of objects. */
    JSON;

    /** The format a file's extension implies: .jsonl/.ndjson, .json, anything else the listing. */
    public static InputFormat fromPath(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        return LISTING;
    }
}
