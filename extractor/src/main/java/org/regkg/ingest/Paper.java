package org.regkg.ingest;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One input record: a paper's title and abstract plus the optional bibliographic fields.
 *
 * @param id        the id given in the input, or one minted by the reader (never null)
 * @param position  1-based position of the record in its input file
 * @param origin    where the record came from, for messages ("data/abstracts.txt:4")
 */
public record Paper(String id, int position, String origin, String title, String abstractText,
                    List<String> authors, Integer year, String url, String doi, String arxivId)
        implements Serializable {

    public Paper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** A paper with only the required fields. */
    public static Paper of(String id, int position, String origin, String title, String abstractText) {
        return new Paper(id, position, origin, title, abstractText, List.of(), null, null, null, null);
    }
}
