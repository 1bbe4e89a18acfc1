package org.regkg.harvest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.regkg.ingest.InputFormat;

/**
 * The arXiv API ({@code /api/query}): {@code search_query}, {@code start}, {@code max_results},
 * oldest submissions first so that pages stay put while new papers arrive; {@code --from} becomes
 * a {@code submittedDate} range.
 */
final class ArxivApi implements PagedApi {
    private final URI endpoint;
    private final String query;
    private final PageReader reader = new PageReader();

    ArxivApi(URI endpoint, String query, LocalDate from) {
        this.endpoint = endpoint;
        this.query = from == null ? query
                : "(" + query + ") AND submittedDate:[" + from.format(DateTimeFormatter.BASIC_ISO_DATE) + "0000 TO 999912312359]";
    }

    @Override
    public URI page(String next, int size) {
        int start = next == null ? 0 : Integer.parseInt(next);
        return URI.create(endpoint + (endpoint.getQuery() == null ? "?" : "&")
                + "search_query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&start=" + start + "&max_results=" + size + "&sortBy=submittedDate&sortOrder=ascending");
    }

    @Override
    public Page parse(byte[] body, String next, int size, int pageNumber) {
        int start = next == null ? 0 : Integer.parseInt(next);
        Page p = reader.read(body, "arXiv page " + pageNumber, InputFormat.ARXIV_ATOM, null);
        return new Page(p.entries(), p.papers(), p.problems(), p.entries() == 0 ? null : Integer.toString(start + Math.min(size, p.entries())));
    }
}
