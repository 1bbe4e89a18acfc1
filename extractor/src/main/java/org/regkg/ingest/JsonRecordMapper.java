package org.regkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Turns one JSON record of a source into a paper, and says how the source wraps its records. */
interface JsonRecordMapper {
    /** The fields of a record the mapper reads; others are skipped unread, so big fields cost no memory. */
    Set<String> fields();

    /** Fields of a page object that hold a list of records ({@code results}, {@code items}, {@code data}). */
    Set<String> recordLists();

    /** Fields of a top-level object that hold a record or a page ({@code message} of Crossref). */
    default Set<String> envelopes() {
        return Set.of();
    }

    Paper toPaper(JsonNode record, int position, String location);
}
