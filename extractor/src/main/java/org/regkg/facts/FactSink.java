package org.regkg.facts;

/**
 * Receives the facts of each paper, in input order. Producers never know where facts go: the
 * same extractor feeds an RDF store, a file or a test's list.
 */
public interface FactSink extends AutoCloseable {
    void accept(PaperFacts facts);

    /** Called once after the last paper. */
    @Override
    default void close() {
    }
}
