package org.regkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.regkg.rdf.RK;
import org.regkg.serve.PageParts.Link;
import org.regkg.serve.PageParts.PropertyRow;
import org.regkg.serve.PageParts.Value;

/**
 * The model of a resource's HTML page: label and types, every property with human labels, the
 * links into it grouped by property, evidence sentences, and for concepts the hierarchy and the
 * papers that use them. Call inside a read transaction.
 */
public final class ResourcePageBuilder {
    private static final int MAX_VALUES = 100;
    /** Properties shown first, in this order; the rest follow alphabetically by label. */
    private static final List<Node> FIRST = List.of(DCTerms.title.asNode(), RDFS.label.asNode(),
            SKOS.prefLabel.asNode(), SKOS.definition.asNode(), DCTerms.abstract_.asNode(),
            RK.claimText.asNode(), RK.concept.asNode(), RK.proposes.asNode(), RK.usesTechnique.asNode(),
            RK.evaluatedOn.asNode(), RK.claimsResult.asNode());

    private final Graph g;
    private final LinkMaker links;

    public ResourcePageBuilder(Graph g, LinkMaker links) {
        this.g = g;
        this.links = links;
    }

    public Map<String, Object> build(Node resource) {
        Map<String, Object> page = new HashMap<>();
        Link self = links.link(resource);
        page.put("title", self.text());
        page.put("iri", resource.getURI());
        List<Link> types = new ArrayList<>();
        g.find(resource, RDF.type.asNode(), Node.ANY).forEach(t -> types.add(links.link(t.getObject())));
        types.sort(Comparator.comparing(Link::text));
        page.put("types", types);
        page.put("properties", outgoing(resource));
        page.put("incoming", incoming(resource));
        var evidence = new EvidenceFinder(g, links).find(resource);
        page.put("evidence", evidence);
        page.put("hasEvidence", !evidence.isEmpty());
        ConceptHierarchy hierarchy = new ConceptHierarchy(g, links);
        if (hierarchy.isConcept(resource)) {
            page.put("hierarchy", hierarchy.of(resource));
        }
        return page;
    }

    private List<PropertyRow> outgoing(Node s) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Triple t : g.find(s, Node.ANY, Node.ANY).toList()) {
            if (!t.getPredicate().equals(RDF.type.asNode())) {
                byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
            }
        }
        List<PropertyRow> rows = new ArrayList<>();
        byProperty.forEach((p, values) -> rows.add(row(p, links.labels().label(p), values)));
        rows.sort(order());
        return rows;
    }

    /**
     * The links into {@code o}, per property: at most {@link #MAX_VALUES} subjects are kept, the
     * rest only counted, so a hub (the extraction activity, linked from every fact) costs a scan,
     * not a list of the whole store in memory.
     */
    private List<PropertyRow> incoming(Node o) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        Map<Node, Integer> counts = new HashMap<>();
        for (var it = g.find(Node.ANY, Node.ANY, o); it.hasNext(); ) {
            Triple t = it.next();
            List<Node> kept = byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>());
            if (kept.size() < MAX_VALUES) {
                kept.add(t.getSubject());
            }
            counts.merge(t.getPredicate(), 1, Integer::sum);
        }
        List<PropertyRow> rows = new ArrayList<>();
        byProperty.forEach((p, subjects) -> rows.add(row(p, links.labels().inverseLabel(p), subjects, counts.get(p))));
        rows.sort(order());
        return rows;
    }

    private PropertyRow row(Node p, String label, List<Node> values) {
        return row(p, label, values, values.size());
    }

    private PropertyRow row(Node p, String label, List<Node> values, int total) {
        List<Value> shown = new ArrayList<>();
        values.stream().limit(MAX_VALUES).forEach(v -> shown.add(links.value(v)));
        shown.sort(Comparator.comparing(v -> v.isLink() ? v.link().text() : v.text()));
        return new PropertyRow(links.link(p), label, shown, Math.max(0, total - MAX_VALUES));
    }

    private Comparator<PropertyRow> order() {
        return Comparator.comparingInt((PropertyRow r) -> rank(r.property().iri()))
                .thenComparing(PropertyRow::label);
    }

    private static int rank(String iri) {
        for (int i = 0; i < FIRST.size(); i++) {
            if (FIRST.get(i).getURI().equals(iri)) {
                return i;
            }
        }
        return FIRST.size();
    }
}
