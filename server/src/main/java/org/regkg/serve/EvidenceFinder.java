package org.regkg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.regkg.rdf.OA;
import org.regkg.rdf.RK;
import org.regkg.serve.PageParts.Evidence;

/**
 * The evidence sentences behind a resource, with the mention marked: a fact's or result's own
 * targets; for a paper, the first target of each fact about it and of each result it claims; for
 * a technique, dataset or method, the first target of each fact that records it.
 */
public final class EvidenceFinder {
    private static final int LIMIT = 60;
    private static final Node HAS_TARGET = uri(OA.hasTarget.getURI());
    private static final Node HAS_SELECTOR = uri(OA.hasSelector.getURI());
    private static final Node START = uri(OA.start.getURI());
    private static final Node END = uri(OA.end.getURI());
    private static final Node EXACT = uri(OA.exact.getURI());
    private static final Node POSITION = uri(OA.TextPositionSelector.getURI());

    private final Graph g;
    private final LinkMaker links;

    public EvidenceFinder(Graph g, LinkMaker links) {
        this.g = g;
        this.links = links;
    }

    public List<Evidence> find(Node resource) {
        List<Evidence> out = new ArrayList<>();
        if (g.contains(resource, HAS_TARGET, Node.ANY)) {
            targets(resource).forEach(t -> add(out, resource, t));
            return out;
        }
        if (g.contains(resource, RDF.type.asNode(), RK.Paper.asNode())) {
            g.find(Node.ANY, RK.aboutPaper.asNode(), resource).forEach(t -> first(out, t.getSubject()));
            g.find(resource, RK.claimsResult.asNode(), Node.ANY).forEach(t -> first(out, t.getObject()));
            return out;
        }
        g.find(resource, RK.evidence.asNode(), Node.ANY).forEach(t -> first(out, t.getObject()));
        return out;
    }

    private void first(List<Evidence> out, Node fact) {
        List<Node> ts = targets(fact);
        if (!ts.isEmpty()) {
            add(out, fact, ts.get(0));
        }
    }

    private List<Node> targets(Node fact) {
        List<Node> ts = new ArrayList<>();
        g.find(fact, HAS_TARGET, Node.ANY).forEach(t -> ts.add(t.getObject()));
        ts.sort((a, b) -> a.toString().compareTo(b.toString()));
        return ts;
    }

    private void add(List<Evidence> out, Node fact, Node target) {
        if (out.size() >= LIMIT) {
            return;
        }
        String sentence = literal(target, RK.sentence.asNode());
        if (sentence == null) {
            return;
        }
        String exact = null;
        int start = -1;
        int end = -1;
        for (var it = g.find(target, HAS_SELECTOR, Node.ANY); it.hasNext(); ) {
            Node sel = it.next().getObject();
            if (g.contains(sel, RDF.type.asNode(), POSITION)) {
                start = integer(sel, START);
                end = integer(sel, END);
            } else if (exact == null) {
                exact = literal(sel, EXACT);
            }
        }
        int sentenceStart = integer(target, RK.sentenceStart.asNode());
        int[] span = span(sentence, exact, start - sentenceStart, end - sentenceStart);
        String what = whatOf(fact);
        String section = literal(target, RK.section.asNode());
        out.add(new Evidence(links.link(fact, links.labels().label(fact)), what,
                sentence.substring(0, span[0]), sentence.substring(span[0], span[1]), sentence.substring(span[1]),
                section));
    }

    /** Where the mention is in the sentence: by offsets when they agree with the quote, else by search. */
    static int[] span(String sentence, String exact, int a, int b) {
        if (a >= 0 && b <= sentence.length() && a <= b && (exact == null || sentence.substring(a, b).equals(exact))) {
            return new int[] {a, b};
        }
        if (exact != null) {
            int i = sentence.indexOf(exact);
            if (i >= 0) {
                return new int[] {i, i + exact.length()};
            }
        }
        return new int[] {0, 0};
    }

    private String whatOf(Node fact) {
        Node p = one(fact, RK.predicate.asNode());
        Node body = one(fact, uri(OA.hasBody.getURI()));
        if (p != null && body != null) {
            return links.labels().label(p) + " " + links.labels().label(body);
        }
        if (g.contains(fact, RDF.type.asNode(), RK.ClaimedResult.asNode())) {
            return "claimed result";
        }
        if (g.contains(fact, RDF.type.asNode(), RK.Quantity.asNode())) {
            return "quantity";
        }
        return links.labels().label(fact);
    }

    private Node one(Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private String literal(Node s, Node p) {
        Node o = one(s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private int integer(Node s, Node p) {
        String v = literal(s, p);
        try {
            return v == null ? -1 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
