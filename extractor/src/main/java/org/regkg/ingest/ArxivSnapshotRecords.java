package org.regkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * A line of the arXiv metadata snapshot ({@code arxiv-metadata-oai-snapshot.json}): id, title,
 * abstract, authors and authors_parsed, categories, doi, journal-ref, versions, update_date.
 */
final class ArxivSnapshotRecords implements JsonRecordMapper {
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss zzz", Locale.ROOT);

    @Override
    public Set<String> fields() {
        return Set.of("id", "title", "abstract", "authors", "authors_parsed", "categories", "doi", "journal-ref",
                "versions", "update_date");
    }

    @Override
    public Set<String> recordLists() {
        return Set.of();
    }

    @Override
    public Paper toPaper(JsonNode r, int position, String location) {
        String arxivId = IdentifierLib.arxivId(JsonFieldLib.text(r, "id"));
        if (arxivId == null) {
            throw new InputException(location, "record has no arXiv \"id\"");
        }
        PaperBuilder b = new PaperBuilder(InputFormat.ARXIV_SNAPSHOT)
                .id("arXiv:" + arxivId).arxivId(arxivId)
                .title(JsonFieldLib.text(r, "title")).abstractText(JsonFieldLib.text(r, "abstract"))
                .url("https://arxiv.org/abs/" + arxivId)
                .doi(JsonFieldLib.text(r, "doi")).venue(JsonFieldLib.text(r, "journal-ref"));
        b.date(firstVersionDate(r));
        if (!b.hasDate()) {
            b.date(JsonFieldLib.text(r, "update_date"));
        }
        JsonNode parsed = JsonFieldLib.at(r, "authors_parsed");
        if (parsed != null && parsed.isArray() && !parsed.isEmpty()) {
            for (JsonNode a : parsed) {
                String last = JsonFieldLib.text(a, 0);
                String first = JsonFieldLib.text(a, 1);
                String suffix = JsonFieldLib.text(a, 2);
                b.author(join(first, last, suffix), null);
            }
        } else {
            String authors = JsonFieldLib.text(r, "authors");
            if (authors != null) {
                for (String a : authors.split("\\s*,\\s*|\\s+and\\s+")) {
                    b.author(a, null);
                }
            }
        }
        String categories = JsonFieldLib.text(r, "categories");
        if (categories != null) {
            for (String c : categories.split("\\s+")) {
                b.category(c);
            }
        }
        return b.build(position, location);
    }

    private static String firstVersionDate(JsonNode r) {
        String created = JsonFieldLib.text(r, "versions", 0, "created");
        if (created == null) {
            return null;
        }
        try {
            return LocalDate.parse(created.strip(), RFC_1123).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String join(String first, String last, String suffix) {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {first, last, suffix}) {
            if (part != null && !part.isBlank()) {
                s.append(s.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return s.toString();
    }
}
