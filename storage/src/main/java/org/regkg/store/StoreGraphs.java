package org.regkg.store;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.regkg.rdf.IriMinter;
import org.regkg.rdf.RK;

/**
 * The named graphs of a store: the extracted facts (one paper's quads at a time, plus the
 * extraction activity), the ontology, what the build derives from both (labels of shared
 * entities, the concept closure, counts), and the VoID statistics of the other three.
 *
 * @param voidDataset the VoID dataset the statistics describe
 */
public record StoreGraphs(Node facts, Node ontology, Node derived, Node statistics, Node voidDataset) {
    private static final String FACTS = "graph/facts";

    public static StoreGraphs of(IriMinter iris) {
        return new StoreGraphs(uri(iris.factsGraph()), uri(RK.ONTOLOGY), uri(iris.derivedGraph()),
                uri(iris.statisticsGraph()), uri(iris.voidDataset()));
    }

    public static StoreGraphs of(String base) {
        return of(new IriMinter(base));
    }

    /** The graphs of a built store, from the name of its facts graph ({base}graph/facts); inside a transaction. */
    public static StoreGraphs detect(DatasetGraph dsg) {
        Iterator<Node> it = dsg.listGraphNodes();
        while (it.hasNext()) {
            Node g = it.next();
            if (g.isURI() && g.getURI().endsWith(FACTS)) {
                return of(g.getURI().substring(0, g.getURI().length() - FACTS.length()));
            }
        }
        throw new StoreException("the store has no facts graph ({base}" + FACTS + "): not a RegKG store");
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
