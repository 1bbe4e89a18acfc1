package org.regkg.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.regkg.rdf.Prefixes;

/**
 * The RDF a resource's IRI returns: every triple about it, every triple that points at it, and
 * the blank nodes below it (so OWL lists come whole). Call inside a read transaction.
 */
public final class ResourceDescriber {
    /** The prefixes RegKG's RDF is written with. */
    /** The prefixes descriptions are written with. */
    public static final PrefixMapping PREFIXES = Prefixes.STANDARD;

    private final Graph g;

    public ResourceDescriber(Graph g) {
        this.g = g;
    }

    /** True when the store says anything about {@code r} or points at it. */
    public boolean exists(Node r) {
        return g.contains(r, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, r);
    }

    public Graph describe(Node r) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(PREFIXES);
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(r);
        while (!todo.isEmpty()) {
            Node s = todo.poll();
            if (!seen.add(s)) {
                continue;
            }
            for (Triple t : g.find(s, Node.ANY, Node.ANY).toList()) {
                out.add(t);
                if (t.getObject().isBlank()) {
                    todo.add(t.getObject());
                }
            }
        }
        g.find(Node.ANY, Node.ANY, r).forEach(out::add);
        return out;
    }
}
