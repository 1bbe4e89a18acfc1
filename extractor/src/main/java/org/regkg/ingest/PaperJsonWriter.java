package org.regkg.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A paper as one line of RegKG's own JSON Lines format, with all its metadata, so that
 * {@code build} reads back what a harvest wrote: id, title, abstract, authors (with ORCID), year,
 * date, venue, url, doi, arxiv_id, openalex_id, categories, source.
 */
public final class PaperJsonWriter {
    private final ObjectMapper mapper = new ObjectMapper();

    public String line(Paper p) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", p.id());
        o.put("title", p.title());
        o.put("abstract", p.abstractText());
        ArrayNode authors = o.putArray("authors");
        for (Author a : p.people()) {
            if (a.orcid() == null) {
                authors.add(a.name());
            } else {
                authors.addObject().put("name", a.name()).put("orcid", a.orcid());
            }
        }
        PaperMetadata m = p.metadata();
        if (p.year() != null) {
            o.put("year", p.year());
        }
        putIf(o, "date", m.date());
        putIf(o, "venue", m.venue());
        putIf(o, "url", p.url());
        putIf(o, "doi", p.doi());
        putIf(o, "arxiv_id", p.arxivId());
        putIf(o, "openalex_id", m.openalexId());
        if (!m.categories().isEmpty()) {
            ArrayNode c = o.putArray("categories");
            m.categories().forEach(c::add);
        }
        putIf(o, "source", m.source());
        try {
            return mapper.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void putIf(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
