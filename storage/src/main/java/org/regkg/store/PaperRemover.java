package org.regkg.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.regkg.rdf.OA;
import org.regkg.rdf.RK;

/**
 * Deletes one paper from the facts graph, as if it had never been built: the paper and every
 * resource minted under its IRI (methods, results, quantities, authors, facts with their targets
 * and selectors), the links other resources have to them, and what the paper alone said about
 * shared techniques and datasets. A shared entity that no other paper has evidence for goes
 * entirely; one still in use keeps exactly the surface forms its remaining evidence names. Run
 * inside a write transaction; the derived and statistics graphs are recomputed afterwards.
 */
public final class PaperRemover {
    private final LoggingDatasetGraph dsg;
    private final Node facts;

    /** Removes from the TDB2 dataset under {@code dsg}, logging every quad it deletes. */
    public PaperRemover(LoggingDatasetGraph dsg, StoreGraphs graphs) {
        this.dsg = dsg;
        this.facts = graphs.facts();
    }

    /** Removes the paper; false when the store does not hold it. */
    public boolean remove(Node paper) {
        if (!dsg.contains(facts, paper, Node.ANY, Node.ANY)) {
            return false;
        }
        Set<Node> shared = new HashSet<>();
        for (Node p : List.of(RK.usesTechnique.asNode(), RK.evaluatedOn.asNode())) {
            dsg.find(facts, paper, p, Node.ANY).forEachRemaining(q -> shared.add(q.getObject()));
        }
        Set<Node> owned = owned(paper);
        for (Node n : owned) {
            deleteStored(n, Node.ANY);
            deleteStored(Node.ANY, n);
        }
        shared.forEach(this::tidy);
        return true;
    }

    /**
     * Deletes the facts-graph rows with this subject and object as TDB2 stored them. Deleting by
     * term is not enough: the bulk loader and transactions can encode the same decimal literal as
     * different inline values ("1.0" stored as 1, looked up as 1.0), so such rows would stay.
     */
    private void deleteStored(Node s, Node o) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg.getWrapped()).getQuadTable().getNodeTupleTable();
        List<Tuple<NodeId>> rows = new ArrayList<>();
        quads.findAsNodeIds(facts, s, Node.ANY, o).forEachRemaining(rows::add);
        for (Tuple<NodeId> row : rows) {
            dsg.log().recordRow(row, Quad.create(facts, node(quads, row.get(1)), node(quads, row.get(2)), node(quads, row.get(3))));
            quads.getTupleTable().delete(row);
        }
    }

    private static Node node(NodeTupleTable quads, NodeId id) {
        return quads.getNodeTable().getNodeForNodeId(id);
    }

    /** The paper and every resource minted under its IRI, found by following links from it. */
    private Set<Node> owned(Node paper) {
        String prefix = paper.getURI() + "/";
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(paper);
        dsg.find(facts, Node.ANY, RK.aboutPaper.asNode(), paper).forEachRemaining(q -> todo.add(q.getSubject()));
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (!seen.add(n)) {
                continue;
            }
            dsg.find(facts, n, Node.ANY, Node.ANY).forEachRemaining(q -> {
                Node o = q.getObject();
                if (o.isURI() && o.getURI().startsWith(prefix) && !seen.contains(o)) {
                    todo.add(o);
                }
            });
        }
        return seen;
    }

    /** A shared entity after a paper left: gone when unused, else only the forms its evidence still names. */
    private void tidy(Node entity) {
        if (!dsg.contains(facts, entity, RK.evidence.asNode(), Node.ANY)) {
            deleteStored(entity, Node.ANY);
            return;
        }
        Set<Node> forms = new HashSet<>();
        dsg.find(facts, Node.ANY, OA.hasBody.asNode(), entity).forEachRemaining(q -> {
            for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
                dsg.find(facts, q.getSubject(), p, Node.ANY).forEachRemaining(l -> forms.add(l.getObject()));
            }
        });
        List<Quad> stale = dsg.stream(facts, entity, SKOS.altLabel.asNode(), Node.ANY)
                .filter(q -> !forms.contains(q.getObject())).toList();
        stale.forEach(dsg::delete);
    }

}
