package org.regkg.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.regkg.lexicon.Ontology;
import org.regkg.lexicon.PwcLinker;
import org.regkg.rdf.FactsToRdf;
import org.regkg.rdf.IriMinter;
import org.regkg.rdf.Prefixes;
import org.regkg.rdf.RK;
import org.regkg.store.StoreException;
import org.regkg.store.StoreGraphs;
import org.regkg.store.StoreLayout;
import org.regkg.store.StoreWriter;
import org.regkg.validate.PaperValidator;

/**
 * The one way per-paper extraction results become a finished store; {@code build} and
 * {@code load} both use it. It writes a new store beside the target and swaps it in only when
 * everything succeeded:
 * <ol>
 * <li>the constructor loads the ontology (checked against its shapes once), the store's prefixes
 *     and the extraction activity;</li>
 * <li>{@link #accept(PaperGraph)} validates one paper (its own graph with the ontology, the
 *     activity and what earlier papers said about the shared techniques and datasets it uses),
 *     then streams its triples into TDB2's bulk loader and the Lucene text index, or leaves the
 *     paper out and returns its first violation;</li>
 * <li>{@link #finish()} derives the shared entities' labels, the concept closure
 *     {@code rk:underConcept} and the counts, writes the VoID statistics graph, commits the text
 *     index and swaps the store in.</li>
 * </ol>
 * Closing it before {@link #finish()} abandons the new store; the old one stays.
 *
 * <p>Usage (the extractor's {@code FactsToRdf} writes each paper's triples; any source of
 * per-paper triples will do, e.g. N-Quads shards grouped by paper):
 * <pre>{@code
 * try (StoreLoader loader = new StoreLoader(layout, base, extractorVersion)) {
 *     for (each paper) {
 *         Graph g = PaperGraph.newGraph();
 *         new FactsToRdf(new IriMinter(base), PaperGraph.collector(g), extractorVersion).write(facts);
 *         PaperGraph pg = loader.check(PaperGraph.of(id, origin, g));   // thread-safe: do it in workers
 *         loader.accept(pg).ifPresent(violation -> report(origin, id, violation));  // one thread, in order
 *     }
 *     long quads = loader.finish();
 * }
 * }</pre>
 * {@link #accept} is single-threaded; {@link #check} may run on many threads at once.
 */
public final class StoreLoader implements AutoCloseable {
    /** The properties of shared entities that must agree across papers (at most one value each). */
    private static final List<Node> SHARED_FUNCTIONAL = List.of(RK.concept.asNode());

    private final StoreWriter writer;
    private final StoreGraphs graphs;
    private final PaperValidator validator;
    private final Graph activity = PaperGraph.newGraph();
    private final StreamRDF stream;
    private final Map<Node, Map<Node, Node>> shared = new HashMap<>();
    private long accepted;

    /**
     * Starts a new store for {@code target} with IRIs under {@code base}, recording
     * {@code extractorVersion} as the extraction activity.
     *
     * @throws StoreException when the ontology does not conform to its shapes
     */
    public StoreLoader(StoreLayout target, String base, String extractorVersion) {
        var ontology = Ontology.load();
        this.validator = new PaperValidator(Ontology.shapes(), ontology.getGraph());
        validator.checkOntology().ifPresent(v -> {
            throw new StoreException("the ontology does not conform to ontology/shapes.ttl: " + v);
        });
        this.writer = new StoreWriter(target, base, staged -> { });
        this.graphs = writer.graphs();
        this.stream = writer.stream();
        writer.loadGraph(RK.ONTOLOGY, ontology);
        writer.loadGraph(PwcLinker.GRAPH, PwcLinker.load());
        writer.prefixes(Prefixes.of(base));
        new FactsToRdf(new IriMinter(base), PaperGraph.collector(activity), extractorVersion).writeActivity(extractorVersion);
        load(activity);
    }

    /** Validates the paper on its own (ontology and activity included); thread-safe. */
    public PaperGraph check(PaperGraph paper) {
        return paper.checked() ? paper : paper.withCheck(validator.firstViolation(paper.graph(), activity));
    }

    /**
     * Loads the paper when it conforms, and when what it says about shared techniques and datasets
     * agrees with earlier papers; otherwise leaves it out and returns the first violation.
     */
    public Optional<String> accept(PaperGraph paper) {
        PaperGraph checked = check(paper);
        if (checked.violation().isPresent()) {
            return checked.violation();
        }
        Graph context = conflicts(paper.graph());
        if (!context.isEmpty()) {
            Optional<String> v = validator.firstViolation(paper.graph(), activity, context);
            if (v.isPresent()) {
                return v;
            }
        }
        remember(paper.graph());
        load(paper.graph());
        accepted++;
        return Optional.empty();
    }

    /** Papers loaded so far. */
    public long accepted() {
        return accepted;
    }

    /** What earlier papers said about the shared entities this paper gives a different value. */
    private Graph conflicts(Graph paper) {
        Graph context = PaperGraph.newGraph();
        for (Node p : SHARED_FUNCTIONAL) {
            paper.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                Node known = shared.getOrDefault(t.getSubject(), Map.of()).get(p);
                if (known != null && !known.equals(t.getObject())) {
                    context.add(Triple.create(t.getSubject(), p, known));
                }
            });
        }
        return context;
    }

    private void remember(Graph paper) {
        for (Node p : SHARED_FUNCTIONAL) {
            paper.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (!paper.contains(t.getSubject(), RDF.type.asNode(), RK.Method.asNode())) {
                    shared.computeIfAbsent(t.getSubject(), k -> new HashMap<>(2)).putIfAbsent(p, t.getObject());
                }
            });
        }
    }

    private void load(Graph g) {
        Node facts = graphs.facts();
        g.find().forEachRemaining(t -> stream.quad(Quad.create(facts, t)));
    }

    /** Derives, counts, indexes and swaps the new store in; returns its quad count (statistics aside). */
    public long finish() {
        return writer.commit();
    }

    /** As {@link #finish()}, with the {@code build.json} {@code buildInfo} gives for the quad count written into the new store before the swap. */
    public long finish(java.util.function.LongFunction<byte[]> buildInfo) {
        return writer.commit(buildInfo);
    }

    @Override
    public void close() {
        writer.close();
    }
}
