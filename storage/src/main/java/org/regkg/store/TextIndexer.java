package org.regkg.store;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.index.Term;
import org.regkg.rdf.IriMinter;

/**
 * Feeds quads of the indexed predicates ({@link TextIndexSpec}) into the Lucene index as a build
 * streams them, so indexing needs no second pass over the store. A label triple of a shared
 * entity (a technique or dataset named by many papers, each of which writes the same triple) is
 * indexed once, so a search finds the entity once, not once per paper that names it. The fact
 * annotations (a paper's record of one fact, labelled with the words it was found by) are not
 * indexed: search finds the paper and the thing, not each paper's record of it.
 */
public final class TextIndexer implements AutoCloseable {
    private final TextIndex index;
    private final EntityDefinition def = TextIndexSpec.entityDefinition();
    /** The label predicates whose triples several papers write; the others are one paper's own. */
    private static final Set<Node> SHARED = Set.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), SKOS.prefLabel.asNode());
    private final Set<Triple> labelsIndexed = new HashSet<>();
    private boolean closed;

    public TextIndexer(TextIndex index) {
        this.index = index;
    }

    /** Indexes the quad when its predicate is one of the indexed ones; ignores it otherwise. */
    public void add(Quad quad) {
        if (quad.getSubject().isURI() && IriMinter.isFact(quad.getSubject().getURI())) {
            return;
        }
        if (SHARED.contains(quad.getPredicate()) && !labelsIndexed.add(quad.asTriple())) {
            return;
        }
        Entity e = TextQueryFuncs.entityFromQuad(def, quad);
        if (e != null) {
            index.addEntity(e);
        }
    }

    /** Deletes the entry the quad made (for incremental updates). */
    void delete(Quad quad) {
        Entity e = TextQueryFuncs.entityFromQuad(def, quad);
        if (e != null) {
            index.deleteEntity(e);
        }
    }

    /**
     * Makes the index hold for {@code subject} exactly the indexed quads {@code dsg} has for it now
     * (in any graph but {@code skipGraph}), as a build would have indexed them: its entries are
     * deleted and written again. For incremental updates; run inside a transaction on {@code dsg}.
     */
    public void reindex(org.apache.jena.sparql.core.DatasetGraph dsg, org.apache.jena.graph.Node subject,
                        org.apache.jena.graph.Node skipGraph) {
        try {
            lucene().getIndexWriter().deleteDocuments(new Term(def.getEntityField(), TextQueryFuncs.subjectToString(subject)));
        } catch (IOException e) {
            throw new StoreException("cannot update the text index: " + e.getMessage(), e);
        }
        labelsIndexed.removeIf(t -> t.getSubject().equals(subject));
        for (org.apache.jena.graph.Node p : TextIndexSpec.PREDICATES) {
            dsg.find(org.apache.jena.graph.Node.ANY, subject, p, org.apache.jena.graph.Node.ANY)
                    .forEachRemaining(q -> {
                        if (!q.getGraph().equals(skipGraph)) {
                            add(q);
                        }
                    });
        }
    }

    /** Indexes every quad of the indexed predicates in {@code dsg} (inside a read transaction). */
    public void addAll(org.apache.jena.sparql.core.DatasetGraph dsg) {
        for (org.apache.jena.graph.Node p : TextIndexSpec.PREDICATES) {
            dsg.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, p, org.apache.jena.graph.Node.ANY)
                    .forEachRemaining(this::add);
        }
    }

    /** Deletes every entry (before {@link #addAll} rebuilds the index in place). */
    void deleteAll() {
        try {
            lucene().getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new StoreException("cannot clear the text index: " + e.getMessage(), e);
        }
    }

    /** The first phase of a commit: the changes are written and synced, not yet visible. */
    public void prepare() {
        index.prepareCommit();
    }

    /** The second phase: makes the prepared changes visible, and closes the index. */
    public void commitPrepared() {
        try {
            index.commit();
        } finally {
            close();
        }
    }

    /** Drops every change since the last commit (a prepared one too) and closes the index. */
    public void rollback() {
        if (!closed) {
            closed = true;
            // Jena's rollback opens a new writer (on the last commit) after Lucene's: close that one
            index.rollback();
            index.close();
        }
    }

    private TextIndexLucene lucene() {
        if (!(index instanceof TextIndexLucene lucene)) {
            throw new StoreException("cannot update a text index that is not a Lucene index in place");
        }
        return lucene;
    }

    /** Makes what was added durable and closes the index. */
    public void commit() {
        try {
            index.prepareCommit();
            index.commit();
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            index.close();
        }
    }
}
