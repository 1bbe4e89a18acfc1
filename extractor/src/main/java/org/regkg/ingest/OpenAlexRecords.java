package org.regkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An OpenAlex work: the abstract is rebuilt from {@code abstract_inverted_index} (word to
 * positions); authorships with ORCID, publication date, venue (primary location's source),
 * DOI, arXiv id (from an arXiv DOI or location), concepts.
 */
final class OpenAlexRecords implements JsonRecordMapper {
    /** Words an abstract may have; a bigger index is malformed. */
    private static final int MAX_WORDS = 50_000;

    @Override
    public Set<String> fields() {
        return Set.of("id", "doi", "title", "display_name", "publication_year", "publication_date", "ids",
                "primary_location", "locations", "authorships", "concepts", "abstract_inverted_index");
    }

    @Override
    public Set<String> recordLists() {
        return Set.of("results");
    }

    @Override
    public Paper toPaper(JsonNode w, int position, String location) {
        String work = IdentifierLib.openalexWork(JsonFieldLib.text(w, "id"));
        PaperBuilder b = new PaperBuilder(InputFormat.OPENALEX).openalexId(work)
                .id(work)
                .title(JsonFieldLib.text(w, "title") != null ? JsonFieldLib.text(w, "title") : JsonFieldLib.text(w, "display_name"))
                .abstractText(abstractOf(w, location))
                .doi(JsonFieldLib.text(w, "doi"))
                .date(JsonFieldLib.text(w, "publication_date"))
                .venue(JsonFieldLib.text(w, "primary_location", "source", "display_name"))
                .url(JsonFieldLib.text(w, "primary_location", "landing_page_url"));
        b.year(JsonFieldLib.integer(w, "publication_year"));
        b.doi(JsonFieldLib.text(w, "ids", "doi"));
        b.arxivId(arxivLink(JsonFieldLib.text(w, "ids", "arxiv")));
        for (JsonNode l : JsonFieldLib.list(w, "locations")) {
            b.arxivId(arxivLink(JsonFieldLib.text(l, "landing_page_url")));
        }
        for (JsonNode a : JsonFieldLib.list(w, "authorships")) {
            String name = JsonFieldLib.text(a, "author", "display_name");
            b.author(name != null ? name : JsonFieldLib.text(a, "raw_author_name"), JsonFieldLib.text(a, "author", "orcid"));
        }
        for (JsonNode c : JsonFieldLib.list(w, "concepts")) {
            b.category(JsonFieldLib.text(c, "display_name"));
        }
        return b.build(position, location);
    }

    private static String arxivLink(String url) {
        return url != null && url.toLowerCase(java.util.Locale.ROOT).contains("arxiv.org/") ? IdentifierLib.arxivId(url) : null;
    }

    /** The abstract as text: each word put at its positions, in position order. */
    static String abstractOf(JsonNode w, String location) {
        JsonNode index = JsonFieldLib.at(w, "abstract_inverted_index");
        if (index == null) {
            return null;
        }
        if (!index.isObject()) {
            throw new InputException(location, "\"abstract_inverted_index\" must be an object of word positions");
        }
        Map<Integer, String> words = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = index.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!f.getValue().isArray()) {
                throw new InputException(location, "\"abstract_inverted_index\": positions of \"" + f.getKey() + "\" are not a list");
            }
            for (JsonNode p : f.getValue()) {
                if (!p.isIntegralNumber() || p.asInt() < 0 || p.asInt() >= MAX_WORDS) {
                    throw new InputException(location, "\"abstract_inverted_index\": bad position for \"" + f.getKey() + "\"");
                }
                words.put(p.asInt(), f.getKey());
            }
        }
        return String.join(" ", words.values());
    }
}
