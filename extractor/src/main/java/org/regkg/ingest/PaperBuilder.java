package org.regkg.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects what a source record says about a paper; {@link #build} checks it like every other record. */
final class PaperBuilder {
    private final InputFormat format;
    private String id;
    private String title;
    private String abstractText;
    private final List<Author> authors = new ArrayList<>();
    private String date;
    private String venue;
    private String url;
    private String doi;
    private String arxivId;
    private String openalexId;
    private final List<String> categories = new ArrayList<>();

    PaperBuilder(InputFormat format) {
        this.format = format;
    }

    PaperBuilder id(String v) {
        id = blankToNull(v);
        return this;
    }

    PaperBuilder title(String v) {
        title = TextLib.oneLine(v);
        return this;
    }

    PaperBuilder abstractText(String v) {
        abstractText = TextLib.oneLine(v);
        return this;
    }

    PaperBuilder author(String name, String orcid) {
        String n = TextLib.oneLine(name);
        if (n != null && !n.isEmpty()) {
            authors.add(new Author(n, IdentifierLib.orcid(orcid)));
        }
        return this;
    }

    /** An ISO date or its prefix ({@code 2016-01-13T...} is cut to the day); anything else is ignored. */
    PaperBuilder date(String v) {
        if (v != null && v.strip().matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) {
            String s = v.strip();
            date = s.length() >= 10 && s.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}") ? s.substring(0, 10)
                    : s.length() >= 7 && s.substring(0, 7).matches("\\d{4}-\\d{2}") ? s.substring(0, 7) : s.substring(0, 4);
        }
        return this;
    }

    PaperBuilder year(Integer y) {
        if (y != null && date == null) {
            date = String.format(java.util.Locale.ROOT, "%04d", y);
        }
        return this;
    }

    boolean hasDate() {
        return date != null;
    }

    PaperBuilder venue(String v) {
        venue = blankToNull(TextLib.oneLine(v));
        return this;
    }

    PaperBuilder url(String v) {
        url = blankToNull(v);
        return this;
    }

    PaperBuilder doi(String v) {
        if (doi == null) {
            doi = IdentifierLib.doi(v);
        }
        return this;
    }

    PaperBuilder arxivId(String v) {
        if (arxivId == null) {
            arxivId = IdentifierLib.arxivId(v);
        }
        return this;
    }

    PaperBuilder openalexId(String v) {
        openalexId = IdentifierLib.openalexWork(v);
        return this;
    }

    PaperBuilder category(String v) {
        String c = blankToNull(TextLib.oneLine(v));
        if (c != null && !categories.contains(c)) {
            categories.add(c);
        }
        return this;
    }

    String title() {
        return title;
    }

    /**
     * The paper; a record without a title is malformed, one without an abstract is reported
     * with {@link MissingAbstractException}.
     */
    Paper build(int position, String location) {
        if (title == null || title.isEmpty()) {
            throw new InputException(location, "missing or empty title");
        }
        if (abstractText == null || abstractText.isEmpty()) {
            throw new MissingAbstractException(location, title);
        }
        PaperChecks.check(location, title, abstractText);
        if (arxivId == null) {
            arxivId = IdentifierLib.arxivIdOfDoi(doi);
        }
        if (id != null && PaperIds.isDotSegment(id.strip())) {
            throw new InputException(location, "id \"" + id + "\" cannot name a paper in an IRI path");
        }
        String paperId = id != null ? id : arxivId != null ? "arXiv:" + arxivId : doi != null ? "doi:" + doi : PaperIds.mint(title);
        PaperMetadata meta = new PaperMetadata(authors, date, venue, openalexId, categories, format.label());
        return new Paper(paperId, position, location, title, abstractText, authors.stream().map(Author::name).toList(),
                meta.year(), url, doi, arxivId, meta);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
