package org.regkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Opens built stores for reading and removes folders. */
public final class StoreLib {
    private StoreLib() {
    }

    /**
     * The store as a dataset with its text index; the default graph is the union of the named
     * graphs (facts and ontology), so queries see both without GRAPH clauses.
     */
    public static Dataset open(StoreLayout given) {
        StoreLayout layout = new StoreLayout(StoreTarget.readable(given.root()));
        if (!layout.exists()) {
            throw new StoreException("no RegKG store at " + given.root() + " (run ./regkg build first)");
        }
        TextIndexRepair.ifInterrupted(layout);
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(layout.tdb2().toString());
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        TextIndex index = TextIndexSpec.open(layout.textIndex());
        DatasetGraph text = TextDatasetFactory.create(tdb, index, true);
        text.getContext().set(TDB2.symUnionDefaultGraph, true);
        return DatasetFactory.wrap(text);
    }

    /**
     * The store's TDB2 database on a new connection: a connection this process made earlier is
     * dropped first, with whatever a reader attached to its transactions (a reader's text index
     * joins them, and would be asked to commit with the next write).
     */
    public static DatasetGraph connectAlone(StoreLayout layout) {
        String dir = layout.tdb2().toString();
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(dir), true);
        return DatabaseMgr.connectDatasetGraph(dir);
    }

    /** Deletes a folder and everything in it; no error when it is missing. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
