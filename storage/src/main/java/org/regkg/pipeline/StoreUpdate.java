package org.regkg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.regkg.lexicon.Ontology;
import org.regkg.rdf.FactsToRdf;
import org.regkg.rdf.IriMinter;
import org.regkg.rdf.RK;
import org.regkg.store.DerivedData;
import org.regkg.store.GraphDelta;
import org.regkg.store.PaperRemover;
import org.regkg.store.StoreException;
import org.regkg.store.StoreGraphs;
import org.regkg.store.StoreLayout;
import org.regkg.store.StoreLib;
import org.regkg.store.StoreLock;
import org.regkg.store.StoreSwap;
import org.regkg.store.StoreTarget;
import org.regkg.store.TextIndexSpec;
import org.regkg.store.TextIndexer;
import org.regkg.store.VoidStatistics;
import org.regkg.validate.PaperValidator;

/**
 * Adds, replaces and removes papers in a built store ({@code ./regkg add} and {@code remove}),
 * ending in the same store a full build of the same papers gives. The update works on a copy of
 * the store beside it, in one TDB2 write transaction: papers go out (with what only they said
 * about shared techniques and datasets) and in (validated like a build validates them), then the
 * derived graph is brought up to date (only what changed is written), the statistics recounted and
 * the text index entries of the changed resources rewritten in the copy, which is swapped in. A failure, or closing it before {@link #commit()}, leaves the store as it was.
 * It holds the store's build lock throughout (one build, add or remove at a time), and a store
 * that a server is serving (its serve lock, or TDB2's own process lock) is refused before
 * anything is touched.
 */
public final class StoreUpdate implements AutoCloseable {
    private final StoreTarget target;
    private final StoreLock lock;
    private final StoreLayout staging;
    private final DatasetGraph dsg;
    private final StoreGraphs graphs;
    private final IriMinter iris;
    private final PaperValidator validator;
    private final Graph activity = PaperGraph.newGraph();
    private final PaperRemover remover;
    /** Resources the added papers wrote triples about (their text index entries are rewritten). */
    private final Set<Node> touched = new HashSet<>();
    private boolean finished;

    /** Copies the store and opens the copy for writing, recording {@code extractorVersion} as the activity. */
    public StoreUpdate(StoreLayout layout, String extractorVersion) {
        this.target = StoreTarget.forBuild(layout, List.of());
        this.lock = StoreLock.build(target.root());
        try {
            target.recover();
            if (!layout.exists() || !StoreTarget.isStore(target.root())) {
                throw new StoreException("no RegKG store at " + layout.root() + " (run ./regkg build first)");
            }
            lock.checkNotServed();
            requireFree(layout);
            this.staging = new StoreLayout(target.staging());
            copy(target.root(), staging.root());
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        this.dsg = DatabaseMgr.connectDatasetGraph(staging.tdb2().toString());
        this.graphs = Txn.calculateRead(dsg, () -> detectGraphs(dsg));
        String base = graphs.facts().getURI().substring(0, graphs.facts().getURI().length() - "graph/facts".length());
        this.iris = new IriMinter(base);
        var ontology = Ontology.load();
        this.validator = new PaperValidator(Ontology.shapes(), ontology.getGraph());
        new FactsToRdf(iris, PaperGraph.collector(activity), extractorVersion).writeActivity(extractorVersion);
        this.remover = new PaperRemover(dsg, graphs);
        dsg.begin(org.apache.jena.query.TxnType.WRITE);
        activity.find().forEachRemaining(t -> dsg.add(Quad.create(graphs.facts(), t)));
    }

    /** The IRIs of the store being updated (its base is the one it was built with). */
    public IriMinter iris() {
        return iris;
    }

    /** Removes the paper with this id; false when the store does not hold it. */
    public boolean remove(String id) {
        return remover.remove(NodeFactory.createURI(iris.paper(id)));
    }

    /**
     * Adds a paper, replacing a paper with the same id; returns its first violation, and leaves it
     * out, when it does not conform (read with the store's shared techniques and datasets).
     */
    public Optional<String> add(PaperGraph paper) {
        Graph context = PaperGraph.newGraph();
        activity.find().forEachRemaining(context::add);
        paper.graph().find(Node.ANY, RK.concept.asNode(), Node.ANY).forEachRemaining(t ->
                dsg.find(graphs.facts(), t.getSubject(), RK.concept.asNode(), Node.ANY)
                        .forEachRemaining(q -> context.add(q.asTriple())));
        Optional<String> v = validator.firstViolation(paper.graph(), context);
        if (v.isPresent()) {
            return v;
        }
        remover.remove(NodeFactory.createURI(iris.paper(paper.id())));
        paper.graph().find().forEachRemaining(t -> {
            dsg.add(Quad.create(graphs.facts(), t));
            touched.add(t.getSubject());
        });
        return Optional.empty();
    }

    /**
     * Brings the derived graph up to date (writing only what changed), recounts the statistics,
     * rewrites the text index entries of every resource whose indexed triples may have changed,
     * and swaps the copy in; returns the quad count.
     */
    public long commit() {
        GraphDelta derived = new DerivedData(graphs).update(dsg);
        new VoidStatistics(graphs).recompute(dsg);
        long quads = VoidStatistics.quads(dsg, graphs);
        Set<Node> subjects = new HashSet<>(touched);
        subjects.addAll(remover.touched());
        // of the derived triples only labels are indexed: a changed rank or count leaves the entry as it is
        Stream.concat(derived.removed().stream(), derived.added().stream())
                .filter(t -> TextIndexSpec.PREDICATES.contains(t.getPredicate()))
                .forEach(t -> subjects.add(t.getSubject()));
        TextIndexer text = new TextIndexer(TextIndexSpec.open(staging.textIndex()));
        try {
            subjects.forEach(s -> text.reindex(dsg, s, graphs.statistics()));
            text.commit();
        } finally {
            text.close();
        }
        dsg.commit();
        dsg.end();
        TDBInternal.expel(dsg);
        StoreSwap.swap(target, lock, staging.root(), stage -> { });
        finished = true;
        lock.close();
        return quads;
    }

    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            if (dsg.isInTransaction()) {
                dsg.abort();
                dsg.end();
            }
            TDBInternal.expel(dsg);
        } finally {
            try {
                StoreLib.deleteTree(staging.root());
            } finally {
                lock.close();
            }
        }
    }

    /** The store's graphs, from the name of its facts graph ({base}graph/facts). */
    private static StoreGraphs detectGraphs(DatasetGraph dsg) {
        Iterator<Node> it = dsg.listGraphNodes();
        while (it.hasNext()) {
            Node g = it.next();
            if (g.isURI() && g.getURI().endsWith("graph/facts")) {
                return StoreGraphs.of(g.getURI().substring(0, g.getURI().length() - "graph/facts".length()));
            }
        }
        throw new StoreException("the store has no facts graph ({base}graph/facts): not a RegKG store");
    }

    /** Refuses a store whose TDB2 database another process (a server, a build) has open. */
    private static void requireFree(StoreLayout target) {
        Path lock = target.tdb2().resolve("tdb.lock");
        if (!Files.exists(lock)) {
            return;
        }
        try {
            String pid = Files.readString(lock).trim();
            long p = Long.parseLong(pid);
            if (p != ProcessHandle.current().pid() && ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false)) {
                throw new StoreException("the store at " + target.root() + " is in use by process " + p
                        + " (a running ./regkg serve?); stop it first, nothing was changed");
            }
        } catch (IOException | NumberFormatException e) {
            // an unreadable or stale lock file: TDB2 itself checks again when the copy is opened
        }
    }

    private static void copy(Path from, Path to) {
        StoreLib.deleteTree(to);
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else if (!p.getFileName().toString().equals("tdb.lock") && !p.getFileName().toString().equals("write.lock")) {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            StoreLib.deleteTree(to);
            throw new StoreException("cannot copy the store to " + to + ": " + e.getMessage(), e);
        }
    }

}
