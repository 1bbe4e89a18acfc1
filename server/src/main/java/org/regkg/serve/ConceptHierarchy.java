package org.regkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.regkg.serve.PageParts.Hierarchy;
import org.regkg.serve.PageParts.Link;

/** A concept's place in the SKOS hierarchy: every broader path up to a top concept, and its children. */
public final class ConceptHierarchy {
    private static final int MAX_PATHS = 12;
    private static final int MAX_DEPTH = 30;

    private final Graph g;
    private final LinkMaker links;

    public ConceptHierarchy(Graph g, LinkMaker links) {
        this.g = g;
        this.links = links;
    }

    public Hierarchy of(Node concept) {
        List<List<Node>> paths = new ArrayList<>();
        climb(concept, new ArrayList<>(List.of(concept)), paths);
        List<List<Link>> linkPaths = new ArrayList<>();
        for (List<Node> p : paths) {
            List<Link> l = new ArrayList<>();
            for (int i = p.size() - 1; i >= 0; i--) {
                l.add(links.link(p.get(i)));
            }
            linkPaths.add(l);
        }
        linkPaths.sort(Comparator.comparing(l -> l.toString()));
        List<Link> narrower = new ArrayList<>();
        g.find(Node.ANY, SKOS.broader.asNode(), concept).forEach(t -> narrower.add(links.link(t.getSubject())));
        narrower.sort(Comparator.comparing(Link::text));
        return new Hierarchy(linkPaths, narrower);
    }

    public boolean isConcept(Node n) {
        return g.contains(n, SKOS.broader.asNode(), Node.ANY) || g.contains(n, SKOS.topConceptOf.asNode(), Node.ANY);
    }

    private void climb(Node c, List<Node> path, List<List<Node>> out) {
        if (out.size() >= MAX_PATHS) {
            return;
        }
        List<Node> parents = new ArrayList<>();
        g.find(c, SKOS.broader.asNode(), Node.ANY).forEach(t -> parents.add(t.getObject()));
        if (parents.isEmpty() || path.size() > MAX_DEPTH) {
            out.add(List.copyOf(path));
            return;
        }
        for (Node p : parents) {
            if (path.contains(p)) {
                continue;
            }
            path.add(p);
            climb(p, path, out);
            path.remove(path.size() - 1);
        }
    }
}
