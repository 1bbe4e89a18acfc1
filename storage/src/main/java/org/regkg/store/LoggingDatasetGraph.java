package org.regkg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * A TDB2 dataset that logs every quad written or deleted through it into a {@link QuadLog}.
 * Queries, and the WHERE parts of SPARQL Updates run on it, still run on TDB2's own engine (Jena
 * unwraps the wrapper for querying); only the writes pass through here. Graphs are not added or
 * removed whole through it (their quads would not be logged).
 */
public final class LoggingDatasetGraph extends DatasetGraphWrapper {
    private final QuadLog log;

    public LoggingDatasetGraph(DatasetGraph tdb, QuadLog log) {
        super(tdb);
        this.log = log;
    }

    public QuadLog log() {
        return log;
    }

    @Override
    public void add(Quad quad) {
        log.record(quad);
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        add(Quad.create(g, s, p, o));
    }

    @Override
    public void delete(Quad quad) {
        log.record(quad);
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        delete(Quad.create(g, s, p, o));
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        List<Quad> matches = new ArrayList<>();
        find(g, s, p, o).forEachRemaining(matches::add);
        matches.forEach(this::delete);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        throw new UnsupportedOperationException("write through the dataset (its quads are logged), not through a graph view");
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw new UnsupportedOperationException("graphs are not added whole in an incremental update");
    }

    @Override
    public void removeGraph(Node graphName) {
        throw new UnsupportedOperationException("graphs are not removed whole in an incremental update");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("an incremental update does not clear the store");
    }
}
