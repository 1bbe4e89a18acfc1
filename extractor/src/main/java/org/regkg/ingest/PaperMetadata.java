package org.regkg.ingest;

import java.util.List;

/**
 * The bibliographic metadata a source gives beside title and abstract. Every field may be
 * missing (null or empty).
 *
 * @param authors    the authors in order, with ORCID iDs where the source has them
 * @param date       the publication date as ISO 8601 ({@code 2016}, {@code 2016-01} or {@code 2016-01-13})
 * @param venue      journal, proceedings or other venue as written by the source
 * @param openalexId the OpenAlex work id ({@code W2099326003})
 * @param categories subject categories or concepts (arXiv categories, OpenAlex concepts, Crossref subjects)
 * @param source     the input format the record was read from ({@link InputFormat#label()})
 */
public record PaperMetadata(List<Author> authors, String date, String venue, String openalexId,
                            List<String> categories, String source)
        implements java.io.Serializable {
    /** No metadata. */
    public static final PaperMetadata NONE = new PaperMetadata(List.of(), null, null, null, List.of(), null);

    public PaperMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The year of {@link #date()}, or null. */
    public Integer year() {
        return date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(date.substring(0, 4)) : null;
    }
}
