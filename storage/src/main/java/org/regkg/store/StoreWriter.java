package org.regkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.regkg.rdf.IriMinter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
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
    private final StoreTarget target;
    private final StoreLock lock;
    private final StoreLayout staging;
    private final DatasetGraph dsg;
    private final DataLoader loader;
    private final Consumer<DatasetGraph> check;
    private final StoreGraphs graphs;
    private final TextIndexer text;
    private final PrefixMapping prefixes = PrefixMapping.Factory.create();
    private boolean finished;
    private Consumer<Stage> stages = stage -> { };

    /** The points a build passes on its way to a swapped-in store (for progress and crash tests). */
    public enum Stage {
        /** Loaded, derived, checked and indexed: the new store is complete beside the old one. */
        READY,
        /** The old store moved to its retired name, the new one not yet in place. */
        OLD_RETIRED,
        /** The new store in place, the retired one not yet removed. */
        SWAPPED
    }

    public StoreWriter(StoreLayout target) {
        this(target, staged -> { });
    }

    public StoreWriter(StoreLayout target, Consumer<DatasetGraph> check) {
        this(target, IriMinter.DEFAULT_BASE, check);
    }

    /**
     * A writer for IRIs under {@code base} that runs {@code check} on the loaded store before
     * swapping it in; a check that throws abandons the new store and keeps the old one.
     */
    public StoreWriter(StoreLayout target, String base, Consumer<DatasetGraph> check) {
        this.target = StoreTarget.forBuild(target, List.of());
        this.check = check;
        this.graphs = StoreGraphs.of(base);
        this.lock = StoreLock.build(this.target.root());
        this.staging = new StoreLayout(this.target.staging());
        try {
            // fail now, not after the whole build, when a server is reading the store
            lock.checkNotServed();
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
        this.text = new TextIndexer(TextIndexSpec.open(staging.textIndex()));
        loader.startBulk();
    }

    /** Tells {@code listener} each {@link Stage} the commit reaches. */
    public void stages(Consumer<Stage> listener) {
        this.stages = listener;
    }

    /** The store's graph names. */
    public StoreGraphs graphs() {
        return graphs;
    }

    /** Prefixes the store keeps for writers (Turtle, JSON-LD) to use. */
    public void prefixes(PrefixMapping pm) {
        prefixes.setNsPrefixes(pm);
    }

    /**
     * Where quads go: into the bulk loader and, for the indexed predicates, into the text index as
     * they pass. Single-threaded, like the loader behind it.
     */
    public StreamRDF stream() {
        return new StreamRDFWrapper(loader.stream()) {
            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                text.add(quad);
            }

            @Override
            public void triple(Triple triple) {
                quad(Quad.create(Quad.defaultGraphIRI, triple));
            }
        };
    }

    /** Loads a model into the named graph {@code graph}. */
    public void loadGraph(String graph, Model model) {
        Node g = NodeFactory.createURI(graph);
        StreamRDF s = stream();
        model.getGraph().find().forEachRemaining(t -> s.quad(Quad.create(g, t)));
    }

    /**
     * Ends loading; derives the labels of shared entities, the concept closure and the counts
     * ({@link DerivedData}), counts the VoID statistics ({@link VoidStatistics}), indexes the
     * derived labels, and swaps the new store in. Returns the quad count (statistics graph aside).
     */
    public long commit() {
        return commit(quads -> null);
    }

    /**
     * As {@link #commit()}, and writes the store's marker and {@code build.json} (the JSON
     * {@code buildInfo} gives for the quad count; none when it gives null) into the new store
     * before the swap: the store and its build.json arrive together.
     */
    public long commit(LongFunction<byte[]> buildInfo) {
        loader.finishBulk();
        // one write transaction (one commit to sync): the statistics count the derived graph too,
        // and give the quad count, so no graph is counted twice
        long quads = Txn.calculateWrite(dsg, () -> {
            new DerivedData(graphs).recompute(dsg);
            dsg.prefixes().putAll(prefixes);
            dsg.find(graphs.derived(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(text::add);
            return new VoidStatistics(graphs).recompute(dsg);
        });
        check.accept(dsg);
        text.commit();
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
        StoreSwap.swap(target, lock, staging.root(), stages);
        finished = true;
        lock.close();
        return quads;
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
            text.close();
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
