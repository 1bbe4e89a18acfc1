package org.regkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.regkg.facts.FactCounts;
import org.regkg.ingest.InputException;
import org.regkg.shards.ShardException;
import org.regkg.shards.ShardManifest;
import org.regkg.shards.ShardReader;
import org.regkg.store.StoreTarget;

/**
 * A load: the shards of a {@code spark-extract} job into a new store through the same
 * {@link StoreLoader} as a build (per-paper validation on a pool of threads, bulk loading, text
 * index, shared-entity labels, derived closure and counts, statistics, swap), so that the store
 * equals the one a build of the same input makes. The manifest's bad records, duplicates and
 * records without an abstract are reported as a build reports them; a missing or truncated shard
 * stops the load and keeps the old store.
 */
public final class LoadPipeline {
    private static final int WINDOW_PER_THREAD = 8;

    public BuildSummary run(LoadSettings settings, BuildListener listener) {
        long started = System.nanoTime();
        ShardManifest manifest = readManifest(settings.shards());
        checkRejected(manifest, settings, listener);
        manifest.noAbstract().forEach(r -> listener.skipped(r.message()));
        manifest.duplicates().forEach(d -> listener.skipped(d.record() + ": duplicate paper, built once: " + d.reason()));
        for (ShardManifest.Shard s : manifest.shards()) {
            if (!Files.isRegularFile(settings.shards().resolve(s.file()))) {
                throw new ShardException(settings.shards().resolve(s.file()).toString(), "shard listed in the manifest is missing");
            }
        }
        StoreTarget.forBuild(settings.store(), List.of(settings.shards()));
        listener.started(manifest.counts().papers());
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "regkg-validate");
            t.setDaemon(true);
            return t;
        });
        long quads;
        Loading loading;
        try (StoreLoader loader = new StoreLoader(settings.store(), manifest.base(), manifest.extractorVersion())) {
            loading = new Loading(loader, new PaperAcceptor(loader, settings.strict(), listener), pool,
                    settings.threads() * WINDOW_PER_THREAD, listener);
            for (ShardManifest.Shard s : manifest.shards()) {
                loading.shard(settings.shards().resolve(s.file()), s);
            }
            loading.drainAll();
            if (loading.counts.papers() == 0 && !settings.allowEmpty()) {
                throw new InputException(settings.shards().toString(), "no papers to load (" + manifest.rejected().size()
                        + " invalid, " + manifest.duplicates().size() + " duplicates, " + loading.acceptor.rejected()
                        + " not conforming); the store is left as it was (--allow-empty loads an empty store)");
            }
            listener.step("deriving, counting and indexing");
            Loading done = loading;
            quads = loader.finish(q -> BuildInfo.json(summary(settings, manifest, done, q, started)));
        } finally {
            pool.shutdownNow();
        }
        listener.finished();
        return summary(settings, manifest, loading, quads, started);
    }

    private static BuildSummary summary(LoadSettings settings, ShardManifest manifest, Loading loading, long quads,
                                        long started) {
        FactCounts c = loading.counts;
        long skipped = (settings.skipInvalid() ? manifest.rejected().size() : 0) + manifest.noAbstract().size();
        return new BuildSummary(c.papers(), skipped, manifest.duplicates().size(), loading.acceptor.rejected(), quads,
                c.methods(), c.techniques(), c.datasets(), c.claims(), c.quantities(), (System.nanoTime() - started) / 1e9);
    }

    /** Papers in flight: validated on the pool, accepted in shard order. */
    private static final class Loading {
        private final StoreLoader loader;
        private final PaperAcceptor acceptor;
        private final ExecutorService pool;
        private final int windowSize;
        private final BuildListener listener;
        private final Deque<Future<Checked>> window = new ArrayDeque<>();
        private FactCounts counts = FactCounts.NONE;

        Loading(StoreLoader loader, PaperAcceptor acceptor, ExecutorService pool, int windowSize, BuildListener listener) {
            this.loader = loader;
            this.acceptor = acceptor;
            this.pool = pool;
            this.windowSize = windowSize;
            this.listener = listener;
        }

        private record Checked(PaperGraph graph, FactCounts counts) {
        }

        void shard(Path file, ShardManifest.Shard expected) {
            long[] seen = new long[2];
            try (InputStream in = Files.newInputStream(file)) {
                ShardReader.read(in, file.toString(), paper -> {
                    seen[0]++;
                    seen[1] += paper.quads().size();
                    Graph g = PaperGraph.newGraph();
                    paper.quads().forEach(q -> g.add(q.asTriple()));
                    PaperGraph pg = PaperGraph.of(paper.header().id(), paper.header().origin(), g);
                    FactCounts c = paper.header().counts();
                    window.add(pool.submit(() -> new Checked(loader.check(pg), c)));
                    if (window.size() >= windowSize) {
                        drainOne();
                    }
                });
            } catch (IOException e) {
                throw new ShardException(file.toString(), "cannot read: " + e.getMessage());
            }
            if (seen[0] != expected.papers() || seen[1] != expected.quads()) {
                throw new ShardException(file.toString(), "holds " + seen[0] + " papers and " + seen[1]
                        + " quads, the manifest says " + expected.papers() + " and " + expected.quads() + " (a partial copy?)");
            }
        }

        void drainAll() {
            while (!window.isEmpty()) {
                drainOne();
            }
        }

        private void drainOne() {
            Checked x;
            try {
                x = window.removeFirst().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("load interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("validation failed: " + e.getCause(), e.getCause());
            }
            if (acceptor.accept(x.graph())) {
                counts = counts.plus(x.counts());
            }
            listener.paperDone();
        }
    }

    private static ShardManifest readManifest(Path dir) {
        Path file = dir.resolve(ShardManifest.FILE);
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "no such folder (give the --output folder of spark-extract)");
        }
        try {
            return ShardManifest.read(Files.newInputStream(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no manifest: not the output of a finished spark-extract job");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    /** Bad records stop a load, as they stop a build, unless it skips them. */
    private static void checkRejected(ShardManifest m, LoadSettings settings, BuildListener listener) {
        if (m.rejected().isEmpty()) {
            return;
        }
        if (!settings.skipInvalid()) {
            ShardManifest.Skipped first = m.rejected().get(0);
            String more = m.rejected().size() > 1 ? " (and " + (m.rejected().size() - 1) + " more bad records" : " (a bad record";
            throw new InputException(first.record(), first.reason() + more
                    + " in the input of " + settings.shards() + "; --skip-invalid loads the rest)");
        }
        m.rejected().forEach(r -> listener.skipped(r.message() + " (skipped)"));
    }
}
