package org.regkg.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * Counts the store for its VoID description (triples, distinct subjects and objects, the class and
 * property partitions, triples per named graph) and writes the counts into the statistics graph,
 * which the server publishes as it is. The counts come from two scans of TDB2's sorted quad
 * indexes, comparing neighbouring rows of node ids, so memory stays flat whatever the store's
 * size: SPOG gives the quads per graph, the subjects, and the triples with their properties and
 * classes (the graphs of one triple are neighbours in it); OSPG gives the objects. Counts are over
 * the union of the other graphs (a triple in two graphs counts once). Run inside a write
 * transaction.
 */
public final class VoidStatistics {
    private static final int G = 0;
    private static final int S = 1;
    private static final int P = 2;
    private static final int O = 3;

    private final StoreGraphs graphs;

    public VoidStatistics(StoreGraphs graphs) {
        this.graphs = graphs;
    }

    /**
     * Replaces the statistics graph with counts of the store as it is now; returns the quads of
     * every graph but the statistics graph (for the build summary).
     */
    public long recompute(DatasetGraph dsg) {
        dsg.removeGraph(graphs.statistics());
        NodeId skip = TDBInternal.getNodeId(dsg, graphs.statistics());
        NodeId type = TDBInternal.getNodeId(dsg, RDF.type.asNode());
        Counts c = new Counts();
        scanSubjects(dsg, skip, type, c);
        c.objects = distinct(dsg, "OSPG", skip, O);
        VoidCounts counts = new VoidCounts();
        counts.triples = c.triples;
        counts.subjects = c.subjects;
        counts.objects = c.objects;
        c.graphs.forEach((id, n) -> counts.graphs.put(TDBInternal.getNode(dsg, id), n));
        c.properties.forEach((id, n) -> counts.properties.put(TDBInternal.getNode(dsg, id), n));
        c.classes.forEach((id, n) -> counts.classes.put(TDBInternal.getNode(dsg, id), n));
        counts.write(dsg, graphs);
        return counts.quads();
    }

    private static final class Counts {
        long triples;
        long subjects;
        long objects;
        final Map<NodeId, Long> graphs = new LinkedHashMap<>();
        final Map<NodeId, Long> properties = new LinkedHashMap<>();
        final Map<NodeId, Long> classes = new LinkedHashMap<>();
    }

    private static void scanSubjects(DatasetGraph dsg, NodeId skip, NodeId type, Counts c) {
        Tuple<NodeId> prev = null;
        Iterator<Tuple<NodeId>> it = TDBInternal.findIndex(dsg, "SPOG").all();
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            if (t.get(G).equals(skip)) {
                continue;
            }
            c.graphs.merge(t.get(G), 1L, Long::sum);
            if (prev == null || !t.get(S).equals(prev.get(S))) {
                c.subjects++;
            }
            if (prev == null || !sameTriple(t, prev)) {
                c.triples++;
                c.properties.merge(t.get(P), 1L, Long::sum);
                if (t.get(P).equals(type)) {
                    c.classes.merge(t.get(O), 1L, Long::sum);
                }
            }
            prev = t;
        }
    }

    private static long distinct(DatasetGraph dsg, String index, NodeId skip, int column) {
        long n = 0;
        NodeId prev = null;
        Iterator<Tuple<NodeId>> it = TDBInternal.findIndex(dsg, index).all();
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            if (t.get(G).equals(skip)) {
                continue;
            }
            if (!t.get(column).equals(prev)) {
                n++;
                prev = t.get(column);
            }
        }
        return n;
    }

    private static boolean sameTriple(Tuple<NodeId> a, Tuple<NodeId> b) {
        return a.get(S).equals(b.get(S)) && a.get(P).equals(b.get(P)) && a.get(O).equals(b.get(O));
    }

}
