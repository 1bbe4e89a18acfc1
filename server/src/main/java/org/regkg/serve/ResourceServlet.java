package org.regkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Dereferences the IRIs RegKG mints (papers, methods, techniques, datasets, facts, results, …) and
 * the concept IRIs: HTML for browsers, Turtle, JSON-LD, N-Triples or RDF/XML by {@code Accept},
 * {@code ?format=} or a file suffix ({@code /technique/dropout.ttl}).
 */
final class ResourceServlet extends HttpServlet {
    private final transient SiteContext site;
    private final transient Trends trends;

    ResourceServlet(SiteContext site) {
        this.site = site;
        this.trends = new Trends(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        ServedStore store = site.store();
        Optional<RdfFormat> bySuffix = Optional.empty();
        Node node = NodeFactory.createURI(site.iris().iri(path));
        if (!store.read(() -> new ResourceDescriber(store.union()).exists(node))) {
            int dot = path.lastIndexOf('.');
            if (dot > path.lastIndexOf('/')) {
                bySuffix = RdfFormat.byName(path.substring(dot + 1));
                path = path.substring(0, dot);
            }
        }
        Node resource = NodeFactory.createURI(site.iris().iri(path));
        if (!store.read(() -> new ResourceDescriber(store.union()).exists(resource))) {
            site.notFound(resp, "Nothing is known about " + resource.getURI());
            return;
        }
        Optional<RdfFormat> format = bySuffix.isPresent() ? bySuffix : ContentNegotiation.choose(req);
        if (format.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Available: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        String local = path;
        resp.setHeader("Link", alternates(local));
        if (format.get().isHtml()) {
            Map<String, Object> page = store.read(() -> new ResourcePageBuilder(store.union(), site.links()).build(resource));
            page.put("formats", formats(local));
            if (page.containsKey("hierarchy")) {
                page.put("conceptPapers", conceptPapers(resource));
                var series = trends.series(List.of(resource));
                page.put("trend", trends.chart("Papers per year: " + series.get(0).concept().text(), series));
                page.put("trendsHref", "/trends?concept=" + java.net.URLEncoder.encode(TrendsServlet.slug(resource.getURI()),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            resp.setHeader("Vary", "Accept");
            site.templates().render(resp, HttpServletResponse.SC_OK, "resource", page);
        } else {
            Graph g = store.read(() -> new ResourceDescriber(store.union()).describe(resource));
            RdfResponse.write(resp, g, format.get());
        }
    }

    /** The papers whose techniques are linked to the concept or to one below it. */
    private List<PageParts.Link> conceptPapers(Node concept) {
        var rows = site.store().select("papers-by-concept.rq", Map.of("concept", concept));
        return site.store().read(() -> rows.stream().map(r -> r.get("paper")).distinct()
                .map(p -> site.links().link(p)).sorted(java.util.Comparator.comparing(PageParts.Link::text)).toList());
    }

    static List<Map<String, String>> formats(String path) {
        List<Map<String, String>> out = new ArrayList<>();
        for (RdfFormat f : RdfFormat.values()) {
            if (!f.isHtml()) {
                out.add(Map.of("href", path + "?format=" + f.suffix(), "name", f.suffix(), "type", f.mediaType()));
            }
        }
        return out;
    }

    private static String alternates(String path) {
        StringBuilder sb = new StringBuilder();
        for (RdfFormat f : RdfFormat.values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('<').append(path).append("?format=").append(f.suffix())
                    .append(">; rel=\"alternate\"; type=\"").append(f.mediaType()).append('"');
        }
        return sb.toString();
    }
}
