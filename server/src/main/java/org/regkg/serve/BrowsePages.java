package org.regkg.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/** The models of the browse pages, each from one query of {@code queries/}. */
final class BrowsePages {
    private final SiteContext site;

    BrowsePages(SiteContext site) {
        this.site = site;
    }

    Map<String, Object> papers(int page) {
        return table("Papers", "papers-overview.rq", List.of("paper", "methods", "techniques", "datasets", "results",
                "regularization"), Map.of("paper", "title"), page);
    }

    Map<String, Object> methods(int page) {
        return table("Proposed methods", "methods-overview.rq", List.of("method", "paper", "concept", "regularization"),
                Map.of("method", "label", "paper", "title"), page);
    }

    Map<String, Object> datasets(int page) {
        return table("Datasets", "datasets-overview.rq", List.of("dataset", "papers", "regularizedPapers", "numbers"),
                Map.of("dataset", "label"), page);
    }

    Map<String, Object> techniques(boolean all, int pageNumber) {
        var rows = site.store().select("concept-tree.rq", Paging.all());
        var unlinked = table("", "techniques-without-concept.rq", List.of("technique", "papers"), Map.of("technique", "label"),
                pageNumber);
        Map<String, Object> page = new HashMap<>();
        page.put("title", "Techniques by concept");
        page.put("all", all);
        var tree = site.store().read(() -> TechniqueTree.build(rows, site.links(), all));
        page.put("tree", tree);
        page.put("treemap", ConceptTreemap.build(tree));
        page.put("unlinked", unlinked);
        return page;
    }

    /** Claimed results with numbers, one entry per result with its quantities. */
    Map<String, Object> results(int page) {
        var rows = site.store().select("claimed-results-with-numbers.rq", Paging.page(page));
        boolean more = !site.store().select("claimed-results-with-numbers.rq", Paging.page(page + 1)).isEmpty();
        Map<Node, Map<String, Object>> byResult = new LinkedHashMap<>();
        site.store().read(() -> {
            for (Map<String, Node> r : rows) {
                Map<String, Object> result = byResult.computeIfAbsent(r.get("result"), k -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("result", site.links().link(k, "claim"));
                    m.put("paper", site.links().link(r.get("paper"), text(r.get("title"))));
                    m.put("claim", text(r.get("claim")));
                    m.put("numbers", new ArrayList<Map<String, String>>());
                    return m;
                });
                @SuppressWarnings("unchecked")
                List<Map<String, String>> numbers = (List<Map<String, String>>) result.get("numbers");
                Map<String, String> q = new HashMap<>();
                String value = text(r.get("valueText"));
                String unit = text(r.get("unit"));
                q.put("value", value);
                q.put("unit", value.endsWith(unit) ? "" : unit);
                q.put("metric", text(r.get("metric")));
                q.put("dataset", text(r.get("datasetLabel")));
                q.put("direction", text(r.get("direction")));
                numbers.add(q);
            }
            return null;
        });
        Map<String, Object> model = new HashMap<>(Map.of("title", "Claimed results with numbers",
                "results", List.copyOf(byResult.values()), "count", byResult.size()));
        model.putAll(pager(page, more));
        return model;
    }

    private static long offset(int page) {
        return (long) (Math.max(page, 1) - 1) * Paging.PAGE_SIZE;
    }

    /** The page number and the links to the previous and next pages (absent at either end). */
    private static Map<String, Object> pager(int page, boolean more) {
        Map<String, Object> m = new HashMap<>();
        int p = Math.max(page, 1);
        m.put("page", p);
        if (p > 1) {
            m.put("prev", "?page=" + (p - 1));
        }
        if (more) {
            m.put("next", "?page=" + (p + 1));
        }
        return m;
    }

    /**
     * A table page (page {@code pageNumber} of the query's listing, {@link Paging#PAGE_SIZE} items a
     * page): one row per query row; columns that hold IRIs become links, labelled by the column
     * named in {@code labelOf} when there is one.
     */
    private Map<String, Object> table(String title, String query, List<String> columns, Map<String, String> labelOf,
                                      int pageNumber) {
        var rows = site.store().select(query, Paging.page(pageNumber));
        boolean more = !site.store().select(query, Paging.page(pageNumber + 1)).isEmpty();
        List<Map<String, Object>> out = site.store().read(() -> {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Map<String, Node> r : rows) {
                List<Object> cells = new ArrayList<>();
                for (String c : columns) {
                    cells.add(cell(r.get(c), r.get(labelOf.get(c))));
                }
                list.add(Map.of("cells", cells));
            }
            return list;
        });
        Map<String, Object> page = new HashMap<>();
        page.put("title", title);
        page.put("columns", columns.stream().map(BrowsePages::heading).toList());
        page.put("rows", out);
        page.put("count", out.size());
        page.put("first", offset(pageNumber) + (out.isEmpty() ? 0 : 1));
        page.put("last", offset(pageNumber) + out.size());
        page.put("query", query);
        page.putAll(pager(pageNumber, more));
        return page;
    }

    private Map<String, Object> cell(Node value, Node label) {
        Map<String, Object> cell = new HashMap<>();
        if (value == null) {
            cell.put("text", "");
        } else if (value.isURI()) {
            cell.put("link", label != null ? site.links().link(value, text(label)) : site.links().link(value));
        } else {
            String t = text(value);
            cell.put("text", t.equals("true") ? "yes" : t.equals("false") ? "no" : t);
            cell.put("num", t.matches("-?[0-9.]+"));
        }
        return cell;
    }

    private static String heading(String column) {
        return switch (column) {
            case "regularizedPapers" -> "papers with regularization";
            case "numbers" -> "claimed numbers";
            default -> column;
        };
    }

    private static String text(Node n) {
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
