package org.regkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;

/** {@code /search?q=}: full-text search over the text index with {@code queries/search.rq}. */
final class SearchServlet extends HttpServlet {
    private static final int MAX_QUERY = 500;

    private final transient SiteContext site;

    SearchServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        Map<String, Object> page = new HashMap<>();
        page.put("title", "Search");
        page.put("query", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            String text = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q.strip();
            try {
                List<Map<String, Object>> hits = hits(site.store().select("search.rq",
                        Map.of("q", NodeFactory.createLiteralString(text))));
                page.put("hits", hits);
                page.put("count", hits.size());
                page.put("searched", true);
            } catch (QueryException e) {
                page.put("error", "The search text could not be understood. Quote phrases with \"…\" and balance brackets.");
            }
        }
        site.templates().render(resp, HttpServletResponse.SC_OK, "search", page);
    }

    private List<Map<String, Object>> hits(List<Map<String, Node>> rows) {
        return site.store().read(() -> {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Map<String, Node> r : rows) {
                Map<String, Object> hit = new HashMap<>();
                Node e = r.get("entity");
                Node label = r.get("label");
                hit.put("link", label != null ? site.links().link(e, label.getLiteralLexicalForm()) : site.links().link(e));
                hit.put("type", r.containsKey("type") ? site.links().labels().label(r.get("type")) : "");
                hit.put("score", String.format(Locale.ROOT, "%.2f", Double.parseDouble(r.get("score").getLiteralLexicalForm())));
                out.add(hit);
            }
            return out;
        });
    }
}
