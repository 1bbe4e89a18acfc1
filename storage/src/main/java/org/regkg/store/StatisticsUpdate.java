package org.regkg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * Brings the statistics graph up to date after an incremental update without counting the store
 * again: for each quad the update logged, it looks up whether the row, its triple (in any graph
 * but the statistics graph), its subject and its object were in the store before (in a read
 * transaction on another thread, which sees the last commit) and are in it now (in the update's
 * write transaction), and adds the differences to the stored counts. It compares TDB2 node ids,
 * as {@link VoidStatistics} does when it counts from scratch, so both give the same numbers.
 */
public final class StatisticsUpdate {
    private static final NodeId ANY = NodeId.NodeIdAny;

    private final StoreGraphs names;

    public StatisticsUpdate(StoreGraphs names) {
        this.names = names;
    }

    /**
     * Applies the changes logged in {@code log} to the statistics graph of {@code tdb} (the TDB2
     * dataset, in this thread's write transaction); returns the quads of the other graphs.
     */
    public long apply(DatasetGraph tdb, QuadLog log) {
        NodeTupleTable table = TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable();
        NodeTable nodes = table.getNodeTable();
        NodeId skip = nodes.getNodeIdForNode(names.statistics());
        Set<Tuple<NodeId>> rows = new HashSet<>(log.rows());
        for (Quad q : log.quads()) {
            if (!q.getGraph().equals(names.statistics())) {
                Tuple<NodeId> row = TupleFactory.create4(nodes.getNodeIdForNode(q.getGraph()), nodes.getNodeIdForNode(q.getSubject()),
                        nodes.getNodeIdForNode(q.getPredicate()), nodes.getNodeIdForNode(q.getObject()));
                if (row.stream().noneMatch(NodeId::isDoesNotExist)) {
                    rows.add(row);
                }
            }
        }
        Presence before = committed(tdb, rows, skip);
        Presence after = Presence.of(table, rows, skip);
        NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
        VoidCounts c = VoidCounts.read(tdb, names);
        before.rows.forEach((r, was) -> c.graphs.merge(nodes.getNodeForNodeId(r.get(0)), delta(was, after.rows.get(r)), Long::sum));
        before.triples.forEach((t, was) -> {
            long d = delta(was, after.triples.get(t));
            if (d != 0) {
                c.triples += d;
                c.properties.merge(nodes.getNodeForNodeId(t.get(1)), d, Long::sum);
                if (t.get(1).equals(type)) {
                    c.classes.merge(nodes.getNodeForNodeId(t.get(2)), d, Long::sum);
                }
            }
        });
        before.subjects.forEach((s, was) -> c.subjects += delta(was, after.subjects.get(s)));
        before.objects.forEach((o, was) -> c.objects += delta(was, after.objects.get(o)));
        c.write(tdb, names);
        return c.quads();
    }

    private static long delta(boolean before, boolean after) {
        return (after ? 1 : 0) - (before ? 1 : 0);
    }

    /** What the last commit of {@code tdb} holds of the rows (read on another thread: TDB2 transactions are per thread). */
    private static Presence committed(DatasetGraph tdb, Set<Tuple<NodeId>> rows, NodeId skip) {
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "regkg-statistics");
            t.setDaemon(true);
            return t;
        });
        try {
            return reader.submit(() -> Txn.calculateRead(tdb, () ->
                    Presence.of(TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable(), rows, skip))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while counting the statistics", e);
        } catch (ExecutionException e) {
            throw new StoreException("cannot read the store before the update: " + e.getCause().getMessage(), e.getCause());
        } finally {
            reader.shutdownNow();
        }
    }

    /**
     * Which of the rows (G, S, P, O), their triples (S, P, O), subjects and objects a state of the
     * store holds, in any graph but {@code skip}.
     */
    private record Presence(Map<Tuple<NodeId>, Boolean> rows, Map<Tuple<NodeId>, Boolean> triples, Map<NodeId, Boolean> subjects,
                            Map<NodeId, Boolean> objects) {
        static Presence of(NodeTupleTable table, Set<Tuple<NodeId>> logged, NodeId skip) {
            Presence p = new Presence(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (Tuple<NodeId> r : logged) {
                p.rows.put(r, table.getTupleTable().find(r).hasNext());
                p.triples.computeIfAbsent(TupleFactory.create3(r.get(1), r.get(2), r.get(3)),
                        t -> any(table, TupleFactory.create4(ANY, t.get(0), t.get(1), t.get(2)), skip));
                p.subjects.computeIfAbsent(r.get(1), s -> any(table, TupleFactory.create4(ANY, s, ANY, ANY), skip));
                p.objects.computeIfAbsent(r.get(3), o -> any(table, TupleFactory.create4(ANY, ANY, ANY, o), skip));
            }
            return p;
        }

        private static boolean any(NodeTupleTable table, Tuple<NodeId> pattern, NodeId skip) {
            Iterator<Tuple<NodeId>> it = table.getTupleTable().find(pattern);
            while (it.hasNext()) {
                if (!it.next().get(0).equals(skip)) {
                    return true;
                }
            }
            return false;
        }
    }
}
