package org.regkg.pipeline;

import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.regkg.lexicon.Ontology;
import org.regkg.rdf.FactsToRdf;
import org.regkg.rdf.IriMinter;
import org.regkg.rdf.RK;
import org.regkg.store.DerivedUpdate;
import org.regkg.store.LoggingDatasetGraph;
import org.regkg.store.PaperRemover;
import org.regkg.store.QuadLog;
import org.regkg.store.StatisticsUpdate;
import org.regkg.store.StoreException;
import org.regkg.store.StoreGraphs;
import org.regkg.store.StoreLayout;
import org.regkg.store.StoreLib;
import org.regkg.store.StoreLock;
import org.regkg.store.StoreTarget;
import org.regkg.store.TextIndexJournal;
import org.regkg.store.TextIndexRepair;
import org.regkg.store.TextIndexSpec;
import org.regkg.store.TextIndexer;
import org.regkg.validate.PaperValidator;

/**
 * Adds, replaces and removes papers in a built store ({@code ./regkg add} and {@code remove}),
 * ending in the same store a full build of the same papers gives, with work in proportion to the
 * change. The store is changed in place, in one TDB2 write transaction: papers go out (with what
 * only they said about shared techniques and datasets) and in (validated like a build validates
 * them); every quad written or deleted is logged ({@link QuadLog}), and from the log the derived
 * graph is brought up to date key by key ({@link DerivedUpdate}), the statistics adjusted
 * ({@link StatisticsUpdate}) and the text index entries of the changed subjects rewritten.
 * <p>
 * TDB2 commits atomically and recovers on open; the Lucene index is tied to it by a journal
 * ({@link TextIndexJournal}) written before the index is touched: the index is prepared (Lucene's
 * first commit phase), TDB2 commits, the index commits, the journal goes. A failure, or closing
 * the update before {@link #commit()}, rolls both back; a process killed between the commits
 * leaves the journal, and the next open rewrites the named entries from the triples
 * ({@link TextIndexRepair}). The update holds the store's build lock throughout (one build, add or
 * remove at a time) and its serve lock exclusively (no server opens the store meanwhile); a store
 * a server is serving is refused before anything is touched.
 */
public final class StoreUpdate implements AutoCloseable {
    /** The points a commit passes (for crash tests). */
    public enum Stage {
        /** The journal names the subjects whose text entries change; nothing is committed. */
        JOURNALED,
        /** The text index is prepared; TDB2 has not committed. */
        PREPARED,
        /** TDB2 has committed; the text index not yet. */
        COMMITTED,
        /** Both have committed; the journal is still there. */
        INDEXED
    }

    private final StoreLock lock;
    private final FileLock served;
    private final StoreLayout layout;
    private final DatasetGraph tdb;
    private final LoggingDatasetGraph dsg;
    private final StoreGraphs graphs;
    private final IriMinter iris;
    /** Made at the first {@link #add}: a remove needs no shapes. */
    private PaperValidator validator;
    private final Graph activity = PaperGraph.newGraph();
    private final PaperRemover remover;
    private TextIndexer text;
    private Consumer<Stage> stages = stage -> { };
    private boolean finished;

    /** Opens the store for an update, recording {@code extractorVersion} as the activity. */
    public StoreUpdate(StoreLayout given, String extractorVersion) {
        StoreTarget target = StoreTarget.forBuild(given, List.of());
        this.lock = StoreLock.build(target.root());
        try {
            target.recover();
            if (!given.exists() || !StoreTarget.isStore(target.root())) {
                throw new StoreException("no RegKG store at " + given.root() + " (run ./regkg build first)");
            }
            this.served = lock.swap();
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        this.layout = new StoreLayout(target.root());
        try {
            requireFree(layout);
            TextIndexRepair.repair(layout);
        } catch (RuntimeException e) {
            unlock();
            throw e;
        }
        this.tdb = StoreLib.connectAlone(layout);
        this.graphs = Txn.calculateRead(tdb, () -> StoreGraphs.detect(tdb));
        String base = graphs.facts().getURI().substring(0, graphs.facts().getURI().length() - "graph/facts".length());
        this.iris = new IriMinter(base);
        new FactsToRdf(iris, PaperGraph.collector(activity), extractorVersion).writeActivity(extractorVersion);
        this.dsg = new LoggingDatasetGraph(tdb, new QuadLog());
        this.remover = new PaperRemover(dsg, graphs);
        tdb.begin(TxnType.WRITE);
        activity.find().forEachRemaining(t -> dsg.add(Quad.create(graphs.facts(), t)));
    }

    /** Tells {@code listener} each {@link Stage} the commit reaches. */
    public void stages(Consumer<Stage> listener) {
        this.stages = listener;
    }

    /** The IRIs of the store being updated (its base is the one it was built with). */
    public IriMinter iris() {
        return iris;
    }

    /**
     * Loads the ontology and shapes the added papers are validated with, which {@link #add}
     * otherwise does the first time (an update that only removes needs neither). Call it early to
     * have it done while other work goes on.
     */
    public PaperValidator validator() {
        if (validator == null) {
            validator = new PaperValidator(Ontology.shapes(), Ontology.load().getGraph());
        }
        return validator;
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
        Optional<String> v = validator().firstViolation(paper.graph(), context);
        if (v.isPresent()) {
            return v;
        }
        remover.remove(NodeFactory.createURI(iris.paper(paper.id())));
        paper.graph().find().forEachRemaining(t -> dsg.add(Quad.create(graphs.facts(), t)));
        return Optional.empty();
    }

    /**
     * Brings the derived graph, the statistics and the text index up to date and commits; returns
     * the quad count (statistics graph aside).
     */
    public long commit() {
        new DerivedUpdate(graphs).apply(dsg);
        long quads = new StatisticsUpdate(graphs).apply(tdb, dsg.log());
        Set<Node> subjects = new LinkedHashSet<>();
        for (Quad q : dsg.log().quads()) {
            if (!q.getGraph().equals(graphs.statistics()) && TextIndexSpec.PREDICATES.contains(q.getPredicate())) {
                subjects.add(q.getSubject());
            }
        }
        new TextIndexJournal(layout).write(subjects);
        stages.accept(Stage.JOURNALED);
        text = new TextIndexer(TextIndexSpec.open(layout.textIndex()));
        subjects.forEach(s -> text.reindex(tdb, s, graphs.statistics()));
        text.prepare();
        stages.accept(Stage.PREPARED);
        tdb.commit();
        tdb.end();
        stages.accept(Stage.COMMITTED);
        text.commitPrepared();
        stages.accept(Stage.INDEXED);
        new TextIndexJournal(layout).clear();
        finished = true;
        release();
        unlock();
        return quads;
    }

    /** Abandons an update {@link #commit()} did not finish: TDB2 and the text index roll back. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            if (tdb.isInTransaction()) {
                tdb.abort();
                tdb.end();
            }
            if (text != null) {
                text.rollback();
            }
            // the journal names what may differ: rewrite those entries from what TDB2 holds now
            TextIndexRepair.repair(layout);
            release();
        } finally {
            unlock();
        }
    }

    private void release() {
        TDBInternal.expel(tdb);
    }

    private void unlock() {
        try {
            served.release();
        } catch (IOException e) {
            // released with the lock's file handle below
        } finally {
            lock.close();
        }
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
            // an unreadable or stale lock file: TDB2 itself checks again when the store is opened
        }
    }
}
