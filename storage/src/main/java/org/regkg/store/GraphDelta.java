package org.regkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * What turns one graph into another with the fewest changes, blank nodes matched by what they
 * say: a blank node whose neighbours are all IRIs or literals (a count record such as
 * {@code [ a rk:YearCount ; rk:year 2021 ; rk:paperCount 4 ]}) is the same as a blank node of
 * the other graph with the same incoming and outgoing edges. Applying the delta to the first graph
 * gives a graph isomorphic to the second. When a blank node links to another blank node, the
 * delta replaces the whole graph (correct, only not small).
 *
 * @param removed the triples to delete
 * @param added   the triples to insert
 */
public record GraphDelta(List<Triple> removed, List<Triple> added) {

    /** The changes that turn {@code from} into a graph isomorphic to {@code to}. */
    public static GraphDelta between(Graph from, Graph to) {
        Shape a = Shape.of(from);
        Shape b = Shape.of(to);
        if (a == null || b == null) {
            return new GraphDelta(from.find().toList(), to.find().toList());
        }
        List<Triple> removed = new ArrayList<>();
        List<Triple> added = new ArrayList<>();
        a.ground.stream().filter(t -> !b.ground.contains(t)).forEach(removed::add);
        b.ground.stream().filter(t -> !a.ground.contains(t)).forEach(added::add);
        Set<String> keys = new HashSet<>(a.blanks.keySet());
        keys.addAll(b.blanks.keySet());
        for (String key : keys) {
            List<Node> olds = a.blanks.getOrDefault(key, List.of());
            List<Node> news = b.blanks.getOrDefault(key, List.of());
            for (int i = news.size(); i < olds.size(); i++) {
                removed.addAll(a.edges.get(olds.get(i)));
            }
            for (int i = olds.size(); i < news.size(); i++) {
                added.addAll(b.edges.get(news.get(i)));
            }
        }
        return new GraphDelta(removed, added);
    }

    public boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty();
    }

    /** A graph split into its triples without blank nodes and its blank nodes keyed by their edges. */
    private record Shape(Set<Triple> ground, Map<String, List<Node>> blanks, Map<Node, List<Triple>> edges) {
        /** Null when a blank node links to another blank node. */
        static Shape of(Graph g) {
            Set<Triple> ground = new HashSet<>();
            Map<Node, List<Triple>> edges = new HashMap<>();
            for (Triple t : g.find().toList()) {
                boolean bs = t.getSubject().isBlank();
                boolean bo = t.getObject().isBlank();
                if (bs && bo) {
                    return null;
                }
                if (bs) {
                    edges.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
                } else if (bo) {
                    edges.computeIfAbsent(t.getObject(), k -> new ArrayList<>()).add(t);
                } else {
                    ground.add(t);
                }
            }
            Map<String, List<Node>> blanks = new HashMap<>();
            edges.forEach((b, ts) -> {
                TreeSet<String> key = new TreeSet<>();
                for (Triple t : ts) {
                    key.add(t.getSubject().equals(b)
                            ? "> " + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject())
                            : "< " + NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()));
                }
                blanks.computeIfAbsent(String.join("\n", key), k -> new ArrayList<>()).add(b);
            });
            return new Shape(ground, blanks, edges);
        }
    }
}
