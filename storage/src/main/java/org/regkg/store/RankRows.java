package org.regkg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The rank triples of one listing ({@code ?item <rank property> n} in the derived graph) as TDB2
 * stores them, read and rewritten by node id: renumbering the items after an inserted one changes
 * thousands of rows, and going through the terms would look each item up in the node table twice.
 * Every row written or deleted is logged (for the statistics). Inside the update's write transaction.
 */
final class RankRows {
    private final NodeTupleTable table;
    private final NodeTable nodes;
    private final QuadLog log;
    private final NodeId graph;
    private final NodeId property;
    private final Map<NodeId, Long> ranks = new HashMap<>();

    RankRows(LoggingDatasetGraph dsg, Node derived, Node property) {
        this.table = TDBInternal.getDatasetGraphTDB(dsg.getWrapped()).getQuadTable().getNodeTupleTable();
        this.nodes = table.getNodeTable();
        this.log = dsg.log();
        this.graph = nodes.getAllocateNodeId(derived);
        this.property = nodes.getAllocateNodeId(property);
        table.find(TupleFactory.create4(graph, NodeId.NodeIdAny, this.property, NodeId.NodeIdAny)).forEachRemaining(row ->
                ranks.put(row.get(1), Long.parseLong(nodes.getNodeForNodeId(row.get(3)).getLiteralLexicalForm())));
    }

    /** The ranked items in the order of their stored ranks. */
    List<NodeId> stored() {
        List<NodeId> out = new ArrayList<>(ranks.keySet());
        out.sort(Comparator.comparing(ranks::get));
        return out;
    }

    /** The node ids of the terms ({@link NodeId#NodeDoesNotExist} aside: terms the store does not hold are in no listing). */
    Set<NodeId> ids(Set<Node> terms) {
        Set<NodeId> out = new LinkedHashSet<>();
        for (Node t : terms) {
            NodeId id = nodes.getNodeIdForNode(t);
            if (!NodeId.isDoesNotExist(id)) {
                out.add(id);
            }
        }
        return out;
    }

    Node term(NodeId id) {
        return nodes.getNodeForNodeId(id);
    }

    NodeId id(Node term) {
        return nodes.getAllocateNodeId(term);
    }

    /** Numbers {@code order} 1, 2, 3, ...: writes the ranks that differ from the stored ones and deletes the ranks of items left out. */
    void write(List<NodeId> order) {
        Map<NodeId, Long> left = new HashMap<>(ranks);
        long rank = 0;
        for (NodeId item : order) {
            rank++;
            Long old = left.remove(item);
            if (old == null || old != rank) {
                if (old != null) {
                    delete(item, old);
                }
                Tuple<NodeId> row = TupleFactory.create4(graph, item, property, integer(rank));
                table.getTupleTable().add(row);
                log.recordRow(row);
            }
        }
        left.forEach(this::delete);
    }

    private void delete(NodeId item, long rank) {
        Tuple<NodeId> row = TupleFactory.create4(graph, item, property, integer(rank));
        table.getTupleTable().delete(row);
        log.recordRow(row);
    }

    private NodeId integer(long n) {
        return nodes.getAllocateNodeId(NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger));
    }
}
