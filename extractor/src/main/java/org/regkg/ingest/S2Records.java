package org.regkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** A Semantic Scholar Graph API paper: paperId, externalIds (DOI, ArXiv), title, abstract, year, venue, authors, fields of study. */
final class S2Records implements JsonRecordMapper {
    @Override
    public Set<String> fields() {
        return Set.of("paperId", "externalIds", "url", "title", "abstract", "venue", "journal", "year",
                "publicationDate", "authors", "fieldsOfStudy", "s2FieldsOfStudy");
    }

    @Override
    public Set<String> recordLists() {
        return Set.of("data");
    }

    @Override
    public Paper toPaper(JsonNode p, int position, String location) {
        String paperId = JsonFieldLib.text(p, "paperId");
        PaperBuilder b = new PaperBuilder(InputFormat.S2)
                .id(paperId == null ? null : "S2:" + paperId)
                .title(JsonFieldLib.text(p, "title")).abstractText(JsonFieldLib.text(p, "abstract"))
                .doi(JsonFieldLib.text(p, "externalIds", "DOI"))
                .arxivId(JsonFieldLib.text(p, "externalIds", "ArXiv"))
                .url(JsonFieldLib.text(p, "url"))
                .date(JsonFieldLib.text(p, "publicationDate"));
        b.year(JsonFieldLib.integer(p, "year"));
        String venue = JsonFieldLib.text(p, "journal", "name");
        b.venue(venue != null ? venue : JsonFieldLib.text(p, "venue"));
        for (JsonNode a : JsonFieldLib.list(p, "authors")) {
            b.author(JsonFieldLib.text(a, "name"), null);
        }
        for (JsonNode f : JsonFieldLib.list(p, "fieldsOfStudy")) {
            b.category(f.isTextual() ? f.asText() : null);
        }
        for (JsonNode f : JsonFieldLib.list(p, "s2FieldsOfStudy")) {
            b.category(JsonFieldLib.text(f, "category"));
        }
        return b.build(position, location);
    }
}
