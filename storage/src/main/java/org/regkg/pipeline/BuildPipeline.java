package org.regkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.jena.sys.JenaSystem;
import org.regkg.facts.PaperFacts;
import org.regkg.ingest.Deduplicator;
import org.regkg.ingest.InputException;
import org.regkg.ingest.MissingAbstractException;
import org.regkg.ingest.Paper;
import org.regkg.ingest.PaperSource;
import org.regkg.ingest.PaperSources;
import org.regkg.nlp.ExtractorVersion;
import org.regkg.nlp.Loading;
import org.regkg.nlp.PaperExtractor;
import org.regkg.rdf.FactsToRdf;
import org.regkg.rdf.IriMinter;
import org.regkg.store.StoreTarget;
import org.slf4j.LoggerFactory;

/**
 * A build: reads the inputs as a stream, extracts facts and validates each paper on a pool of
 * threads (papers keep their input order), and streams each paper's triples into a
 * {@link StoreLoader} (bulk loader and text index) while the next papers are still being
 * extracted. A paper that does not conform is reported and left out (or, with {@code --strict},
 * fails the build). Memory holds only a window of papers in flight, not the corpus.
 */
public final class BuildPipeline {
    private static final int WINDOW_PER_THREAD = 8;

    private final Supplier<PaperExtractor> extractor;
    private final PaperSources sources = new PaperSources();

    public BuildPipeline(PaperExtractor extractor) {
        this.extractor = () -> extractor;
    }

    /**
     * A pipeline whose extractor {@code loader} makes; a run calls it on a thread of its own while it
     * counts the input and prepares the store (the CoreNLP models, ontology and rules take seconds).
     */
    public BuildPipeline(Supplier<PaperExtractor> loader) {
        this.extractor = loader;
    }

    public BuildSummary run(BuildSettings settings, BuildListener listener) {
        long started = System.nanoTime();
        StoreTarget.forBuild(settings.store(), settings.inputs());
        LoggerFactory.getILoggerFactory();   // set up on this thread, before the loading threads log
        // and Jena: its class initialisation deadlocks when two threads start it at once
        JenaSystem.init();
        CompletableFuture<PaperExtractor> loading = CompletableFuture.supplyAsync(extractor, task -> {
            Thread t = new Thread(task, "regkg-load");
            t.setDaemon(true);
            t.start();
        });
        listener.started(countRecords(settings));
        String version = ExtractorVersion.get();
        IriMinter iris = new IriMinter(settings.base());
        Counts counts = new Counts();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "regkg-extract");
            t.setDaemon(true);
            return t;
        });
        long quads;
        try (StoreLoader loader = new StoreLoader(settings.store(), settings.base(), version)) {
            PaperExtractor extractor = Loading.await(loading);
            PaperAcceptor acceptor = new PaperAcceptor(loader, settings.strict(), listener);
            Deque<Future<Extracted>> window = new ArrayDeque<>();
            int windowSize = settings.threads() * WINDOW_PER_THREAD;
            Deduplicator dedup = new Deduplicator();
            for (Path input : settings.inputs()) {
                try (PaperSource source = sources.open(input, settings.format())) {
                    Paper p;
                    while ((p = nextPaper(source, settings, listener, counts)) != null) {
                        var dup = dedup.duplicateOf(p);
                        if (dup.isPresent()) {
                            counts.duplicates++;
                            listener.skipped(p.origin() + ": duplicate paper, built once: " + dup.get());
                            continue;
                        }
                        Paper paper = p;
                        window.add(pool.submit(() -> extract(extractor, paper, iris, version, loader)));
                        if (window.size() >= windowSize) {
                            drainOne(window, acceptor, counts, listener);
                        }
                    }
                }
            }
            while (!window.isEmpty()) {
                drainOne(window, acceptor, counts, listener);
            }
            if (counts.papers == 0 && !settings.allowEmpty()) {
                throw new InputException(String.join(", ", settings.inputs().stream().map(Path::toString).toList()),
                        "no papers to build (" + counts.invalid + " invalid, " + counts.duplicates + " duplicates, "
                                + counts.rejected + " not conforming); the store is left as it was (--allow-empty builds an empty store)");
            }
            listener.step("deriving, counting and indexing");
            quads = loader.finish(q -> BuildInfo.json(summary(counts, q, started)));
        } finally {
            pool.shutdownNow();
        }
        listener.finished();
        return summary(counts, quads, started);
    }

    private static BuildSummary summary(Counts counts, long quads, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        return new BuildSummary(counts.papers, counts.invalid, counts.duplicates, counts.rejected, quads, counts.methods,
                counts.techniques, counts.datasets, counts.claims, counts.quantities, seconds);
    }

    /** A paper's facts and its triples, validated on its own (on a worker thread). */
    private record Extracted(PaperFacts facts, PaperGraph graph) {
    }

    private static Extracted extract(PaperExtractor extractor, Paper paper, IriMinter iris, String version, StoreLoader loader) {
        PaperFacts facts = extractor.extract(paper);
        var g = PaperGraph.newGraph();
        new FactsToRdf(iris, PaperGraph.collector(g), version).write(facts);
        return new Extracted(facts, loader.check(PaperGraph.of(paper.id(), paper.origin(), g)));
    }


    /**
     * The next good paper; a bad one fails the build, or with --skip-invalid is reported and skipped.
     * A source record without an abstract is always reported and skipped: there is nothing to read.
     */
    private static Paper nextPaper(PaperSource source, BuildSettings settings, BuildListener listener, Counts counts) {
        while (true) {
            try {
                return source.hasNext() ? source.next() : null;
            } catch (MissingAbstractException e) {
                counts.invalid++;
                listener.skipped(e.getMessage());
            } catch (InputException e) {
                if (!settings.skipInvalid()) {
                    throw e;
                }
                counts.invalid++;
                listener.skipped(e.getMessage() + " (skipped)");
            }
        }
    }

    private static void drainOne(Deque<Future<Extracted>> window, PaperAcceptor acceptor, Counts counts,
                                 BuildListener listener) {
        Extracted x;
        try {
            x = window.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        }
        if (acceptor.accept(x.graph())) {
            counts.add(x.facts());
        } else {
            counts.rejected++;
        }
        listener.paperDone();
    }

    /** A quick pass over the inputs for the progress total; bad records count too. */
    private long countRecords(BuildSettings settings) {
        long n = 0;
        for (Path input : settings.inputs()) {
            try (PaperSource source = sources.open(input, settings.format())) {
                while (true) {
                    try {
                        if (!source.hasNext()) {
                            break;
                        }
                        source.next();
                        n++;
                    } catch (InputException e) {
                        n++;
                    }
                }
            } catch (InputException e) {
                // an unreadable file is reported by the real pass
            }
        }
        return n;
    }

    private static final class Counts {
        long papers;
        long invalid;
        long duplicates;
        long rejected;
        long methods;
        long techniques;
        long datasets;
        long claims;
        long quantities;

        void add(PaperFacts f) {
            papers++;
            methods += f.methods().size();
            techniques += f.techniques().size();
            datasets += f.datasets().size();
            claims += f.claims().size();
            quantities += f.claims().stream().mapToLong(c -> c.quantities().size()).sum();
        }
    }
}
