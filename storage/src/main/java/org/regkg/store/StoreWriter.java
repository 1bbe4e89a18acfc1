package org.regkg.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
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
 * previous store as it was (a build folder it left behind is removed by the next build).
 */
public final class StoreWriter implements AutoCloseable {
    private static final String BUILDING = ".building";
    private static final String RETIRED = ".retired";

    private final StoreLayout target;
    private final StoreLayout staging;
    private final DatasetGraph dsg;
    private final DataLoader loader;
    private final Consumer<DatasetGraph> check;
    private final StoreGraphs graphs;
    private final TextIndexer text;
    private final PrefixMapping prefixes = PrefixMapping.Factory.create();
    private boolean finished;

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
        this.target = target;
        this.check = check;
        this.graphs = StoreGraphs.of(base);
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
        this.text = new TextIndexer(TextIndexSpec.open(staging.textIndex()));
        loader.startBulk();
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
        loader.finishBulk();
        Txn.executeWrite(dsg, () -> {
            new DerivedData(graphs).recompute(dsg);
            dsg.prefixes().putAll(prefixes);
        });
        Txn.executeRead(dsg, () -> dsg.find(graphs.derived(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(text::add));
        Txn.executeWrite(dsg, () -> new VoidStatistics(graphs).recompute(dsg));
        long quads = Txn.calculateRead(dsg, () -> VoidStatistics.quads(dsg, graphs));
        check.accept(dsg);
        text.commit();
        release();
        swap();
        finished = true;
        return quads;
    }

    private void release() {
        TDBInternal.expel(dsg);
    }

    private void swap() {
        swapIn(staging, target);
    }

    /** The folder beside {@code target} where a new or updated store is prepared. */
    public static StoreLayout stagingFor(StoreLayout target) {
        Path root = target.root().toAbsolutePath().normalize();
        return new StoreLayout(root.resolveSibling(root.getFileName() + BUILDING));
    }

    /** Moves the prepared store {@code staging} into place at {@code target}, retiring the old one. */
    public static void swapIn(StoreLayout staging, StoreLayout target) {
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
            text.close();
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
