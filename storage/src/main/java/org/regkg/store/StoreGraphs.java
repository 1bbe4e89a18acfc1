package org.regkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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

    public static StoreGraphs of(IriMinter iris) {
        return new StoreGraphs(uri(iris.factsGraph()), uri(RK.ONTOLOGY), uri(iris.derivedGraph()),
                uri(iris.statisticsGraph()), uri(iris.voidDataset()));
    }

    public static StoreGraphs of(String base) {
        return of(new IriMinter(base));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
