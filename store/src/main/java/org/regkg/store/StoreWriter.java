package org.regkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongFunction;
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
 * previous store as it was (a build folder it left behind is removed by the next build). The
 * writer holds the store's build lock from construction to {@link #close()}, so two builds never
 * write one store; it refuses a target it could not have made ({@link StoreTarget}).
 */
public final class StoreWriter implements AutoCloseable {
    /** The build step that names shared techniques and datasets (queries/label-shared-entities.ru). */
    static final String LABEL_UPDATE = "label-shared-entities.ru";

    private final StoreTarget target;
    private final StoreLock lock;
    private final StoreLayout staging;
    private final DatasetGraph dsg;
    private final DataLoader loader;
    private final Consumer<DatasetGraph> check;
    private final PrefixMapping prefixes = PrefixMapping.Factory.create();
    private boolean finished;
    private Consumer<Stage> stages = stage -> { };

    /** The points a build passes on its way to a swapped-in store (for progress and crash tests). */
    public enum Stage {
        /** Loaded, labelled, checked and indexed: the new store is complete beside the old one. */
        READY,
        /** The old store moved to its retired name, the new one not yet in place. */
        OLD_RETIRED,
        /** The new store in place, the retired one not yet removed. */
        SWAPPED
    }

    public StoreWriter(StoreLayout target) {
        this(target, staged -> { });
    }

    /**
     * A writer that runs {@code check} on the loaded store before indexing and swapping it in; a
     * check that throws abandons the new store and keeps the old one.
     */
    public StoreWriter(StoreLayout target, Consumer<DatasetGraph> check) {
        this.target = StoreTarget.forBuild(target, List.of());
        this.check = check;
        this.lock = StoreLock.build(this.target.root());
        this.staging = new StoreLayout(this.target.staging());
        try {
            this.target.recover();
            Files.createDirectories(staging.tdb2());
            Files.createDirectories(staging.textIndex());
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e instanceof StoreException se ? se
                    : new StoreException("cannot create " + staging.root() + ": " + e.getMessage(), e);
        }
        this.dsg = DatabaseMgr.connectDatasetGraph(staging.tdb2().toString());
        this.loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
    }

    /** Tells {@code listener} each {@link Stage} the commit reaches. */
    public void stages(Consumer<Stage> listener) {
        this.stages = listener;
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
        return commit(quads -> null);
    }

    /**
     * Ends loading, checks and indexes the new store, writes its marker and {@code build.json}
     * (the JSON {@code buildInfo} gives for the quad count, none when it gives null) into it, and
     * swaps it in: the store and its build.json arrive together. Returns the quad count.
     */
    public long commit(LongFunction<byte[]> buildInfo) {
        loader.finishBulk();
        Txn.executeWrite(dsg, () -> {
            UpdateExec.dataset(dsg).update(QueryLib.readUpdate(LABEL_UPDATE)).execute();
            dsg.prefixes().putAll(prefixes);
        });
        long quads = Txn.calculateRead(dsg, () -> countQuads(dsg));
        check.accept(dsg);
        indexText();
        release();
        try {
            byte[] info = buildInfo.apply(quads);
            if (info != null) {
                Files.write(staging.buildInfo(), info);
            }
            Files.writeString(staging.root().resolve(StoreTarget.MARKER), "RegKG store\n");
        } catch (IOException e) {
            throw new StoreException("cannot write " + staging.buildInfo() + ": " + e.getMessage(), e);
        }
        stages.accept(Stage.READY);
        StoreSwap.swap(target, staging.root(), stages);
        finished = true;
        lock.close();
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
            try {
                StoreLib.deleteTree(staging.root());
            } finally {
                lock.close();
            }
        }
    }

    /** The staging folder (for tests). */
    StoreLayout staging() {
        return staging;
    }
}
