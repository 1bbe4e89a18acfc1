package org.regkg.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.sparql.exec.UpdateExec;
import org.regkg.rdf.QueryLib;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Builds a new store beside the target folder with TDB2's bulk loader, indexes it, and only when
 * all of that has succeeded swaps it in for the old one. A failed or interrupted build leaves the
 * previous store as it was (a build folder it left behind is removed by the next build).
 */
public final class StoreWriter implements AutoCloseable {
    private static final String BUILDING = ".building";
    private static final String RETIRED = ".retired";
    /** The build step that names shared techniques and datasets (queries/label-shared-entities.ru). */
    static final String LABEL_UPDATE = "label-shared-entities.ru";

    private final StoreLayout target;
    private final StoreLayout staging;
    private final DatasetGraph dsg;
    private final DataLoader loader;
    private final Consumer<DatasetGraph> check;
    private final PrefixMapping prefixes = PrefixMapping.Factory.create();
    private boolean finished;

    public StoreWriter(StoreLayout target) {
        this(target, staged -> { });
    }

    /**
     * A writer that runs {@code check} on the loaded store before indexing and swapping it in; a
     * check that throws abandons the new store and keeps the old one.
     */
    public StoreWriter(StoreLayout target, Consumer<DatasetGraph> check) {
        this.target = target;
        this.check = check;
        Path root = target.root().toAbsolutePath().normalize();
        this.staging = new StoreLayout(root.resolveSibling(root.getFileName() + BUILDING));
        try {
            StoreLib.deleteTree(staging.root());
            StoreLib.deleteTree(root.resolveSibling(root.getFileName() + RETIRED));
            Files.createDirectories(staging.tdb2());
            Files.createDirectories(staging.textIndex());
        } catch (IOException e) {
            throw new StoreException("cannot create " + staging.root() + ": " + e.getMessage(), e);
        }
        this.dsg = DatabaseMgr.connectDatasetGraph(staging.tdb2().toString());
        this.loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
    }

    /** Prefixes the store keeps for writers (Turtle, JSON-LD) to use. */
    public void prefixes(PrefixMapping pm) {
        prefixes.setNsPrefixes(pm);
    }

    /** Where quads go; single-threaded, like the loader behind it. */
    public StreamRDF stream() {
        return loader.stream();
    }

    /** Loads a model into the named graph {@code graph}. */
    public void loadGraph(String graph, Model model) {
        Node g = NodeFactory.createURI(graph);
        StreamRDF s = loader.stream();
        model.getGraph().find().forEachRemaining(t -> s.quad(Quad.create(g, t)));
    }

    /** Ends loading, builds the text index, and swaps the new store in. Returns the quad count. */
    public long commit() {
        loader.finishBulk();
        Txn.executeWrite(dsg, () -> {
            UpdateExec.dataset(dsg).update(QueryLib.readUpdate(LABEL_UPDATE)).execute();
            dsg.prefixes().putAll(prefixes);
        });
        long quads = Txn.calculateRead(dsg, () -> countQuads(dsg));
        check.accept(dsg);
        indexText();
        release();
        swap();
        finished = true;
        return quads;
    }

    private static long countQuads(DatasetGraph dsg) {
        long n = 0;
        Iterator<Quad> it = dsg.find();
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    private void indexText() {
        EntityDefinition def = TextIndexSpec.entityDefinition();
        TextIndex index = TextIndexSpec.open(staging.textIndex());
        try {
            Txn.executeRead(dsg, () -> {
                for (Node p : TextIndexSpec.PREDICATES) {
                    Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
                    while (it.hasNext()) {
                        Entity e = TextQueryFuncs.entityFromQuad(def, it.next());
                        if (e != null) {
                            index.addEntity(e);
                        }
                    }
                }
            });
            index.prepareCommit();
            index.commit();
        } finally {
            index.close();
        }
    }

    private void release() {
        TDBInternal.expel(dsg);
    }

    private void swap() {
        Path root = target.root().toAbsolutePath().normalize();
        Path retired = root.resolveSibling(root.getFileName() + RETIRED);
        try {
            if (Files.exists(root)) {
                move(root, retired);
            }
            move(staging.root(), root);
            StoreLib.deleteTree(retired);
        } catch (IOException e) {
            throw new StoreException("cannot move the new store into place at " + root + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Abandons the build if {@link #commit()} was not reached: the old store stays. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            loader.finishException(new StoreException("build abandoned"));
            release();
        } finally {
            StoreLib.deleteTree(staging.root());
        }
    }

    /** The staging folder (for tests). */
    StoreLayout staging() {
        return staging;
    }
}
