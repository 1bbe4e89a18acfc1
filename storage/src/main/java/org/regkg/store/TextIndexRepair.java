package org.regkg.store;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Puts the text index right after an incremental update was interrupted between its TDB2 and
 * Lucene commits ({@link TextIndexJournal}): the entries of the subjects the journal names are
 * written again from the triples TDB2 holds (whichever of the two states its recovery left), or,
 * when the journal cannot be read, the whole index is. Readers ({@link StoreLib#open}, the
 * server) call {@link #ifInterrupted} before they open the index; an update calls
 * {@link #repair} with the build lock it holds.
 */
public final class TextIndexRepair {
    private TextIndexRepair() {
    }

    /** Repairs the store's text index when an update was interrupted; fails while an update is running. */
    public static void ifInterrupted(StoreLayout layout) {
        if (!new TextIndexJournal(layout).exists()) {
            return;
        }
        StoreLock lock;
        try {
            lock = StoreLock.build(StoreTarget.real(layout.root()));
        } catch (StoreException e) {
            throw new StoreException("the store at " + layout.root() + " is being changed (regkg add or remove); try again when it ends", e);
        }
        try (lock) {
            repair(layout);
        }
    }

    /** Repairs the text index if the journal says so; call with the store's build lock held. */
    public static void repair(StoreLayout layout) {
        TextIndexJournal journal = new TextIndexJournal(layout);
        if (!journal.exists()) {
            return;
        }
        DatasetGraph dsg = StoreLib.connectAlone(layout);
        Optional<List<Node>> subjects = journal.read();
        TextIndexer text = new TextIndexer(TextIndexSpec.open(layout.textIndex()));
        try {
            Txn.executeRead(dsg, () -> {
                StoreGraphs graphs = StoreGraphs.detect(dsg);
                if (subjects.isPresent()) {
                    subjects.get().forEach(s -> text.reindex(dsg, s, graphs.statistics()));
                } else {
                    text.deleteAll();
                    text.addAll(dsg);
                }
            });
            text.commit();
        } catch (RuntimeException e) {
            text.rollback();
            throw e;
        }
        journal.clear();
    }
}
