package org.regkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;

/**
 * A Crossref REST work: title, JATS abstract (markup stripped), DOI, authors (given, family,
 * ORCID), issued date parts, container title, subjects.
 */
final class CrossrefRecords implements JsonRecordMapper {
    @Override
    public Set<String> fields() {
        return Set.of("DOI", "title", "abstract", "author", "issued", "published", "published-print",
                "published-online", "container-title", "subject", "URL");
    }

    @Override
    public Set<String> recordLists() {
        return Set.of("items");
    }

    @Override
    public Set<String> envelopes() {
        return Set.of("message");
    }

    @Override
    public Paper toPaper(JsonNode w, int position, String location) {
        String doi = IdentifierLib.doi(JsonFieldLib.text(w, "DOI"));
        PaperBuilder b = new PaperBuilder(InputFormat.CROSSREF)
                .id(doi == null ? null : "doi:" + doi.toLowerCase(Locale.ROOT))
                .title(TextLib.markupToText(first(w, "title")))
                .abstractText(TextLib.markupToText(JsonFieldLib.text(w, "abstract")))
                .doi(doi)
                .venue(TextLib.markupToText(first(w, "container-title")))
                .url(JsonFieldLib.text(w, "URL"));
        for (String field : new String[] {"issued", "published", "published-print", "published-online"}) {
            if (!b.hasDate()) {
                b.date(dateParts(JsonFieldLib.at(w, field, "date-parts", 0)));
            }
        }
        for (JsonNode a : JsonFieldLib.list(w, "author")) {
            String given = JsonFieldLib.text(a, "given");
            String family = JsonFieldLib.text(a, "family");
            String name = family == null ? JsonFieldLib.text(a, "name") : given == null ? family : given + " " + family;
            b.author(name, JsonFieldLib.text(a, "ORCID"));
        }
        for (JsonNode s : JsonFieldLib.list(w, "subject")) {
            b.category(s.isTextual() ? s.asText() : null);
        }
        return b.build(position, location);
    }

    private static String first(JsonNode w, String field) {
        JsonNode v = JsonFieldLib.at(w, field);
        if (v != null && v.isArray()) {
            return JsonFieldLib.text(v, 0);
        }
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** {@code [2016, 1, 13]} as {@code 2016-01-13} (or a shorter prefix), null when no year. */
    private static String dateParts(JsonNode parts) {
        if (parts == null || !parts.isArray() || parts.isEmpty() || !parts.get(0).isIntegralNumber()) {
            return null;
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%04d", parts.get(0).asInt()));
        for (int i = 1; i < Math.min(3, parts.size()); i++) {
            if (!parts.get(i).isIntegralNumber()) {
                break;
            }
            s.append(String.format(Locale.ROOT, "-%02d", parts.get(i).asInt()));
        }
        return s.toString();
    }
}
