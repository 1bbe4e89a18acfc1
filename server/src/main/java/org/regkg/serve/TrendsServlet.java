package org.regkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.regkg.rdf.RKC;

/**
 * {@code /trends?concept=dropout&concept=weight-decay}: papers per year of a few concepts (slugs
 * or concept IRIs), drawn as an inline SVG line chart with a table of the numbers. Without
 * parameters it compares the concepts with the most papers.
 */
final class TrendsServlet extends HttpServlet {
    private static final int DEFAULT_CONCEPTS = 3;

    private final transient SiteContext site;
    private final transient Trends trends;

    TrendsServlet(SiteContext site) {
        this.site = site;
        this.trends = new Trends(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String[] asked = req.getParameterValues("concept");
        var tree = site.store().select("concept-tree.rq", Paging.all());
        List<Node> concepts = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        List<Map<String, String>> options = new ArrayList<>();
        for (Map<String, Node> r : tree) {
            String iri = r.get("concept").getURI();
            if (known.add(iri) && iri.startsWith(RKC.NS)) {
                options.add(Map.of("slug", iri.substring(RKC.NS.length()), "label", r.get("label").getLiteralLexicalForm()));
            }
        }
        if (asked != null) {
            for (String a : asked) {
                String s = a.strip();
                if (s.isEmpty()) {
                    continue;
                }
                String iri = s.contains(":") ? s : RKC.NS + s;
                if (!known.contains(iri)) {
                    unknown.add(s);
                } else if (concepts.size() < TrendChart.MAX_SERIES && !concepts.contains(NodeFactory.createURI(iri))) {
                    concepts.add(NodeFactory.createURI(iri));
                }
            }
        } else {
            tree.stream().filter(r -> r.get("broader") != null)
                    .sorted(Comparator.comparingLong((Map<String, Node> r) -> -count(r.get("papers"))))
                    .map(r -> r.get("concept")).distinct().limit(DEFAULT_CONCEPTS).forEach(concepts::add);
        }
        List<TrendChart.Series> series = trends.series(concepts);
        Map<String, Object> page = new HashMap<>();
        String names = String.join(", ", series.stream().map(s -> s.concept().text()).toList());
        page.put("title", concepts.isEmpty() ? "Trends" : "Trends: " + names);
        if (!concepts.isEmpty()) {
            page.put("chart", trends.chart("Papers per year: " + names, series));
        }
        Map<String, Object> table = Trends.table(series);
        if (table != null) {
            page.put("table", table);
        }
        List<String> fields = new ArrayList<>(concepts.stream().map(c -> slug(c.getURI())).toList());
        fields.add("");
        page.put("fields", fields);
        page.put("options", options);
        page.put("unknown", unknown);
        site.templates().render(resp, HttpServletResponse.SC_OK, "trends", page);
    }

    static String slug(String iri) {
        return iri.startsWith(RKC.NS) ? iri.substring(RKC.NS.length()) : iri;
    }

    private static long count(Node n) {
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }
}
