package org.regkg.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.regkg.rdf.RKC;

/** What the documentation shows of the concept scheme: the hierarchy as a tree and every concept. */
final class ConceptView {
    /** A concept and its narrower concepts, for the tree (a concept with several parents appears under each). */
    record TreeNode(String id, String label, boolean regularization, List<TreeNode> children) {
        public boolean hasChildren() {
            return !children.isEmpty();
        }
    }

    /** One concept with everything the scheme says about it. */
    record Concept(String id, String iri, String label, String definition, List<String> altLabels,
                   List<String> hiddenLabels, List<OntologyView.Link> broader, List<OntologyView.Link> narrower,
                   List<OntologyView.Link> related, String source, String scopeNote, boolean regularization) {
    }

    private final Model m;
    private final OntologyView terms;
    private final Map<Resource, List<Resource>> narrower = new HashMap<>();
    private final Set<Resource> regularizers = new HashSet<>();

    ConceptView(Model m, OntologyView terms) {
        this.m = m;
        this.terms = terms;
        m.listStatements(null, SKOS.broader, (RDFNode) null).forEachRemaining(s ->
                narrower.computeIfAbsent(s.getResource(), k -> new ArrayList<>()).add(s.getSubject()));
        narrower.values().forEach(l -> l.sort(Comparator.comparing(this::label)));
        collect(RKC.regularization, regularizers);
    }

    private void collect(Resource c, Set<Resource> into) {
        if (into.add(c)) {
            narrower.getOrDefault(c, List.of()).forEach(n -> collect(n, into));
        }
    }

    static String slug(Resource c) {
        return c.getURI().substring(c.getURI().lastIndexOf('/') + 1);
    }

    String label(Resource c) {
        String l = terms.text(c, SKOS.prefLabel);
        return l == null ? slug(c) : l;
    }

    List<Resource> tops() {
        List<Resource> tops = new ArrayList<>(m.listObjectsOfProperty(RKC.scheme, SKOS.hasTopConcept).mapWith(RDFNode::asResource).toList());
        tops.sort(Comparator.comparing(Resource::getURI).reversed());
        return tops;
    }

    List<Resource> narrower(Resource c) {
        return narrower.getOrDefault(c, List.of());
    }

    List<TreeNode> tree() {
        return tops().stream().map(t -> node(t, new HashSet<>())).toList();
    }

    private TreeNode node(Resource c, Set<Resource> path) {
        path.add(c);
        List<TreeNode> children = narrower(c).stream().filter(n -> !path.contains(n)).map(n -> node(n, path)).toList();
        path.remove(c);
        return new TreeNode(slug(c), label(c), regularizers.contains(c), children);
    }

    List<Concept> concepts() {
        List<Concept> out = new ArrayList<>();
        for (Resource c : m.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            out.add(new Concept(slug(c), c.getURI(), label(c), terms.text(c, SKOS.definition),
                    strings(c, SKOS.altLabel), strings(c, SKOS.hiddenLabel), anchors(c, SKOS.broader),
                    narrower(c).stream().map(this::anchor).toList(), anchors(c, SKOS.related),
                    terms.text(c, DCTerms.source), terms.text(c, SKOS.scopeNote), regularizers.contains(c)));
        }
        out.sort(Comparator.comparing(c -> c.label().toLowerCase(Locale.ROOT)));
        return out;
    }

    private List<String> strings(Resource c, Property p) {
        return m.listObjectsOfProperty(c, p).mapWith(n -> n.asLiteral().getString()).toList().stream().sorted().toList();
    }

    private List<OntologyView.Link> anchors(Resource c, Property p) {
        return m.listObjectsOfProperty(c, p).mapWith(RDFNode::asResource).toList().stream()
                .map(this::anchor).sorted(Comparator.comparing(OntologyView.Link::text)).toList();
    }

    private OntologyView.Link anchor(Resource c) {
        return new OntologyView.Link("#c-" + slug(c), label(c));
    }

    int regularizationCount() {
        return regularizers.size() - 1;
    }
}
