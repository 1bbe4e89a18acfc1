package org.regkg.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One input record: a paper's title and abstract plus the optional bibliographic fields.
 *
 * @param id        the id given in the input, or one minted by the reader (never null)
 * @param position  1-based position of the record in its input file
 * @param origin    where the record came from, for messages ("data/abstracts.txt:4")
 * @param authors   the authors' names (with ORCID iDs in {@code metadata} when known)
 * @param doi       the DOI without a resolver prefix ({@code 10.1103/PhysRevD.93.016005})
 * @param arxivId   the arXiv id without a version suffix ({@code 1601.03238}, {@code nucl-ex/0408020})
 * @param metadata  the rest of what the source says about the paper (never null)
 */
public record Paper(String id, int position, String origin, String title, String abstractText,
                    List<String> authors, Integer year, String url, String doi, String arxivId,
                    PaperMetadata metadata)
        implements java.io.Serializable {

    public Paper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        authors = authors == null ? List.of() : List.copyOf(authors);
        metadata = metadata == null ? PaperMetadata.NONE : metadata;
    }

    /** A paper without source metadata beyond the plain fields. */
    public Paper(String id, int position, String origin, String title, String abstractText,
                 List<String> authors, Integer year, String url, String doi, String arxivId) {
        this(id, position, origin, title, abstractText, authors, year, url, doi, arxivId, PaperMetadata.NONE);
    }

    /** The authors with their ORCID iDs where known: from the metadata, else the plain names. */
    public List<Author> people() {
        if (!metadata.authors().isEmpty()) {
            return metadata.authors();
        }
        return authors.stream().map(a -> new Author(a, null)).toList();
    }

    /** A paper with only the required fields. */
    public static Paper of(String id, int position, String origin, String title, String abstractText) {
        return new Paper(id, position, origin, title, abstractText, List.of(), null, null, null, null);
    }
}
