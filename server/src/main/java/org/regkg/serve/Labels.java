package org.regkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.regkg.rdf.SDO;

/**
 * Human labels for nodes: from the store (preferred label, label, title, name, alternative label,
 * in that order; English or untagged first), then from {@code vocab-labels.ttl} for other
 * vocabularies' terms, then the IRI's local name. Call inside a read transaction.
 */
public final class Labels {
    static final String PAGE_NS = "urn:regkg:serve#";
    private static final Node INVERSE_LABEL = NodeFactory.createURI(PAGE_NS + "inverseLabel");
    private static final List<Node> PREDICATES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            DCTerms.title.asNode(), NodeFactory.createURI(SDO.name.getURI()), FOAF.name.asNode(), SKOS.altLabel.asNode());

    private final Graph data;
    private final Graph vocab;
    private final Map<Node, String> cache = new ConcurrentHashMap<>();

    public Labels(Graph data) {
        this.data = data;
        this.vocab = loadVocab().getGraph();
    }

    /** The label to show for {@code n}. */
    public String label(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isBlank()) {
            return "(anonymous node)";
        }
        return cache.computeIfAbsent(n, this::find);
    }

    /** The label of links into a page through {@code property} ("papers that use this technique"). */
    public String inverseLabel(Node property) {
        Node v = first(vocab, property, INVERSE_LABEL);
        return v != null ? v.getLiteralLexicalForm() : "is “" + label(property) + "” of";
    }

    /** The label from the store only; null when the store has none. */
    public String storedLabel(Node n) {
        Node v = firstLabel(data, n);
        return v == null ? null : v.getLiteralLexicalForm();
    }

    private String find(Node n) {
        Node v = firstLabel(data, n);
        if (v == null) {
            v = firstLabel(vocab, n);
        }
        return v != null ? v.getLiteralLexicalForm() : localName(n.getURI());
    }

    private static Node firstLabel(Graph g, Node n) {
        for (Node p : PREDICATES) {
            Node v = first(g, n, p);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The first literal value, English or untagged preferred. */
    private static Node first(Graph g, Node s, Node p) {
        Node other = null;
        for (var it = g.find(s, p, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (!o.isLiteral()) {
                continue;
            }
            String lang = o.getLiteralLanguage();
            if (lang.isEmpty() || lang.startsWith("en")) {
                it.close();
                return o;
            }
            other = other == null ? o : other;
        }
        return other;
    }

    static String localName(String iri) {
        String s = iri;
        while (s.endsWith("/") || s.endsWith("#")) {
            s = s.substring(0, s.length() - 1);
        }
        int cut = Math.max(s.lastIndexOf('#'), s.lastIndexOf('/'));
        String local = cut >= 0 ? s.substring(cut + 1) : s;
        return local.isEmpty() ? iri : local;
    }

    private static Model loadVocab() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Labels.class.getResourceAsStream("vocab-labels.ttl")) {
            if (in == null) {
                throw new IllegalStateException("vocab-labels.ttl missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
