package org.regkg.harvest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.regkg.ingest.InputFormat;

/**
 * The OpenAlex works API: {@code search}, {@code filter=from_publication_date:}, {@code per-page},
 * cursor paging ({@code cursor=*}, then {@code meta.next_cursor}), {@code mailto} for the polite pool.
 */
final class OpenAlexApi implements PagedApi {
    private final URI endpoint;
    private final String query;
    private final LocalDate from;
    private final String mailto;
    private final PageReader reader = new PageReader();
    private final JsonFactory json = new JsonFactory();

    OpenAlexApi(URI endpoint, String query, LocalDate from, String mailto) {
        this.endpoint = endpoint;
        this.query = query;
        this.from = from;
        this.mailto = mailto;
    }

    @Override
    public URI page(String next, int size) {
        StringBuilder u = new StringBuilder(endpoint.toString()).append(endpoint.getQuery() == null ? "?" : "&");
        u.append("search=").append(enc(query));
        if (from != null) {
            u.append("&filter=").append(enc("from_publication_date:" + from));
        }
        u.append("&per-page=").append(Math.min(size, 200));
        u.append("&cursor=").append(enc(next == null ? "*" : next));
        if (mailto != null) {
            u.append("&mailto=").append(enc(mailto));
        }
        return URI.create(u.toString());
    }

    @Override
    public Page parse(byte[] body, String next, int size, int pageNumber) throws HarvestException {
        Page p = reader.read(body, "OpenAlex page " + pageNumber, InputFormat.OPENALEX, null);
        return new Page(p.entries(), p.papers(), p.problems(), nextCursor(body));
    }

    /** {@code meta.next_cursor} of a page, read without building the page in memory. */
    private String nextCursor(byte[] body) throws HarvestException {
        try (JsonParser p = json.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new HarvestException("OpenAlex answered with something other than a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("meta") && v == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String m = p.currentName();
                        JsonToken mv = p.nextToken();
                        if (m.equals("next_cursor")) {
                            return mv == JsonToken.VALUE_STRING ? p.getText() : null;
                        }
                        p.skipChildren();
                    }
                    return null;
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            throw new HarvestException("unreadable OpenAlex page: " + e.getMessage(), e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
