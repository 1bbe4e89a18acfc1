package org.regkg.pipeline;

import org.apache.jena.riot.system.StreamRDF;
import org.regkg.lexicon.Ontology;
import org.regkg.rdf.FactsToRdf;
import org.regkg.rdf.IriMinter;
import org.regkg.rdf.Prefixes;
import org.regkg.rdf.RK;
import org.regkg.store.StoreLayout;
import org.regkg.store.StoreWriter;
import org.regkg.validate.GraphValidator;

/**
 * A new store being filled, the part {@code build} and {@code load} share: a {@link StoreWriter}
 * with the ontology graph, the prefixes and the extraction activity already in. Papers' quads go
 * to {@link #quads()}; {@link #commit()} labels shared entities, validates, indexes and swaps the
 * store in; closing without a commit keeps the old store.
 */
final class NewStore implements AutoCloseable {
    private final StoreWriter writer;

    /** Starts a store at {@code layout} with IRIs under {@code base}, extracted by {@code extractorVersion}. */
    NewStore(StoreLayout layout, String base, String extractorVersion) {
        this.writer = new StoreWriter(layout, GraphValidator.standard()::requireConforms);
        writer.loadGraph(RK.ONTOLOGY, Ontology.load());
        writer.prefixes(Prefixes.of(base));
        new FactsToRdf(new IriMinter(base), writer.stream(), extractorVersion).writeActivity(extractorVersion);
    }

    /** Where papers' quads go (single-threaded). */
    StreamRDF quads() {
        return writer.stream();
    }

    /** Finishes the store and swaps it in; returns its quad count. */
    long commit() {
        return writer.commit();
    }

    @Override
    public void close() {
        writer.close();
    }
}
