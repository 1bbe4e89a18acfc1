package org.regkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.regkg.serve.PageParts.Link;

/**
 * The concept scheme as a tree with paper counts (rows of {@code queries/concept-tree.rq}). A
 * concept with two broader concepts appears under both. Concepts no paper reaches are left out
 * unless {@code all} is asked for.
 */
final class TechniqueTree {
    /** One node: the concept, its direct and subtree paper counts, and its children. */
    record TreeNode(Link concept, long direct, long papers, List<TreeNode> children) {
        public boolean hasChildren() {
            return !children.isEmpty();
        }

        public boolean hasDirect() {
            return direct > 0;
        }

        public boolean empty() {
            return papers == 0;
        }
    }

    private TechniqueTree() {
    }

    static List<TreeNode> build(List<Map<String, Node>> rows, LinkMaker links, boolean all) {
        Map<Node, List<Node>> children = new HashMap<>();
        Map<Node, long[]> counts = new HashMap<>();
        Set<Node> hasParent = new HashSet<>();
        for (Map<String, Node> r : rows) {
            Node c = r.get("concept");
            counts.put(c, new long[] {num(r.get("direct")), num(r.get("papers"))});
            Node b = r.get("broader");
            if (b != null) {
                hasParent.add(c);
                List<Node> kids = children.computeIfAbsent(b, k -> new ArrayList<>());
                if (!kids.contains(c)) {
                    kids.add(c);
                }
            }
        }
        List<TreeNode> roots = new ArrayList<>();
        for (Node c : counts.keySet()) {
            if (!hasParent.contains(c)) {
                TreeNode t = node(c, children, counts, links, all, new HashSet<>());
                if (t != null) {
                    roots.add(t);
                }
            }
        }
        roots.sort(order());
        return roots;
    }

    private static TreeNode node(Node c, Map<Node, List<Node>> children, Map<Node, long[]> counts, LinkMaker links,
                                 boolean all, Set<Node> path) {
        long[] n = counts.getOrDefault(c, new long[2]);
        if (!all && n[1] == 0) {
            return null;
        }
        path.add(c);
        List<TreeNode> kids = new ArrayList<>();
        for (Node k : children.getOrDefault(c, List.of())) {
            if (!path.contains(k)) {
                TreeNode t = node(k, children, counts, links, all, path);
                if (t != null) {
                    kids.add(t);
                }
            }
        }
        path.remove(c);
        kids.sort(order());
        return new TreeNode(links.link(c), n[0], n[1], kids);
    }

    private static Comparator<TreeNode> order() {
        return Comparator.comparingLong((TreeNode t) -> -t.papers()).thenComparing(t -> t.concept().text());
    }

    private static long num(Node n) {
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }
}
