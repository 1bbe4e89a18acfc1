package org.regkg.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/** Papers per year of concepts, from {@code queries/concept-trend.rq}, as a chart and a table. */
final class Trends {
    static final String QUERY = "concept-trend.rq";

    private final SiteContext site;

    Trends(SiteContext site) {
        this.site = site;
    }

    /** Each concept's papers per year, in the order given. */
    List<TrendChart.Series> series(List<Node> concepts) {
        List<TrendChart.Series> out = new ArrayList<>();
        for (Node c : concepts) {
            var rows = site.store().select(QUERY, Map.of("concept", c));
            Map<Integer, Long> perYear = new LinkedHashMap<>();
            for (Map<String, Node> r : rows) {
                Node year = r.get("year");
                Node papers = r.get("papers");
                if (year != null && papers != null) {
                    perYear.put(Integer.valueOf(year.getLiteralLexicalForm()), Long.valueOf(papers.getLiteralLexicalForm()));
                }
            }
            out.add(new TrendChart.Series(site.store().read(() -> site.links().link(c)), perYear));
        }
        return out;
    }

    TrendChart.Model chart(String title, List<TrendChart.Series> series) {
        return TrendChart.build(title, series);
    }

    /** The same numbers as a table: one row per year, one column per concept. */
    static Map<String, Object> table(List<TrendChart.Series> series) {
        TreeSet<Integer> years = new TreeSet<>();
        series.forEach(s -> years.addAll(s.perYear().keySet()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int y : years) {
            List<Long> counts = series.stream().map(s -> s.perYear().getOrDefault(y, 0L)).toList();
            rows.add(Map.of("year", y, "counts", counts));
        }
        Map<String, Object> t = new HashMap<>();
        t.put("heads", series.stream().map(s -> s.concept().text()).toList());
        t.put("rows", rows);
        return years.isEmpty() ? null : t;
    }
}
