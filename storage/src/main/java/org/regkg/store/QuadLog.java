package org.regkg.store;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;

/**
 * The quads an incremental update asked to add or delete (a superset of what it changed: adding
 * a quad the store already held is logged too). The keyed steps that follow read from it what to
 * recompute: the papers, shared entities and concepts to recount, the listing items to re-rank,
 * the counts of the statistics and the text index entries to rewrite. Whether a logged quad was
 * really added or deleted is decided by comparing the store before and after, never from the log.
 * Rows written by node id (the listing ranks) are logged as rows only: they matter to the
 * statistics alone.
 */
public final class QuadLog {
    private final Set<Quad> quads = new LinkedHashSet<>();
    private final Set<Tuple<NodeId>> rows = new LinkedHashSet<>();

    void record(Quad q) {
        quads.add(q);
    }

    /**
     * Records a row deleted from TDB2's quad table as stored (G, S, P, O node ids): decoding and
     * encoding a term again can give another id (an inline decimal), so the statistics count the
     * row itself; the decoded quad is recorded too, for the other steps.
     */
    void recordRow(Tuple<NodeId> row, Quad decoded) {
        rows.add(row);
        quads.add(decoded);
    }

    /** Records a row written to or deleted from TDB2's quad table by node id (G, S, P, O). */
    void recordRow(Tuple<NodeId> row) {
        rows.add(row);
    }

    /** The rows recorded as stored ({@link #recordRow}). */
    Set<Tuple<NodeId>> rows() {
        return rows;
    }

    /** Every logged quad. */
    public Set<Quad> quads() {
        return quads;
    }

    /** The subjects of the logged quads of {@code graph} that match {@code test}. */
    Set<Node> subjects(Node graph, Predicate<Quad> test) {
        Set<Node> out = new LinkedHashSet<>();
        for (Quad q : quads) {
            if (q.getGraph().equals(graph) && test.test(q)) {
                out.add(q.getSubject());
            }
        }
        return out;
    }

    /** The objects of the logged quads of {@code graph} with predicate {@code p}. */
    Set<Node> objects(Node graph, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        for (Quad q : quads) {
            if (q.getGraph().equals(graph) && q.getPredicate().equals(p)) {
                out.add(q.getObject());
            }
        }
        return out;
    }
}
