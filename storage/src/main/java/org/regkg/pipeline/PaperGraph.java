package org.regkg.pipeline;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * One paper's contribution to the facts graph: every triple the extractor wrote for it (the paper,
 * its methods, results and evidence, and its view of the shared techniques and datasets it uses).
 * The unit that {@link StoreLoader} validates, loads and indexes.
 *
 * @param id      the paper's id (for messages)
 * @param origin  where the record came from, e.g. {@code corpus.jsonl:17} (for messages)
 * @param graph   the paper's triples
 * @param checked whether {@link #violation} holds the outcome of validating the paper on its own
 * @param violation the first SHACL violation of the paper on its own, when checked and invalid
 */
public record PaperGraph(String id, String origin, Graph graph, boolean checked, Optional<String> violation) {

    /** An unchecked paper graph. */
    public static PaperGraph of(String id, String origin, Graph graph) {
        return new PaperGraph(id, origin, graph, false, Optional.empty());
    }

    /** The same paper with the outcome of validating it on its own. */
    public PaperGraph withCheck(Optional<String> firstViolation) {
        return new PaperGraph(id, origin, graph, true, firstViolation);
    }

    /** A stream that collects the triples of any quads sent to it into {@code graph} (graph names are dropped). */
    public static StreamRDF collector(Graph graph) {
        return new StreamRDFBase() {
            @Override
            public void triple(org.apache.jena.graph.Triple triple) {
                graph.add(triple);
            }

            @Override
            public void quad(Quad quad) {
                graph.add(quad.asTriple());
            }
        };
    }

    /** A new empty in-memory graph for one paper. */
    public static Graph newGraph() {
        return GraphFactory.createGraphMem();
    }
}
