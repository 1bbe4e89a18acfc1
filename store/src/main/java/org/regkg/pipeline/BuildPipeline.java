package org.regkg.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.regkg.facts.PaperFacts;
import org.regkg.ingest.Deduplicator;
import org.regkg.ingest.InputException;
import org.regkg.ingest.MissingAbstractException;
import org.regkg.ingest.Paper;
import org.regkg.ingest.PaperSource;
import org.regkg.ingest.PaperSources;
import org.regkg.lexicon.Ontology;
import org.regkg.nlp.ExtractorVersion;
import org.regkg.nlp.PaperExtractor;
import org.regkg.rdf.FactsToRdf;
import org.regkg.rdf.IriMinter;
import org.regkg.rdf.Prefixes;
import org.regkg.rdf.RK;
import org.regkg.store.StoreTarget;
import org.regkg.store.StoreWriter;
import org.regkg.validate.GraphValidator;

/**
 * A build: reads the inputs as a stream, extracts facts on a pool of threads (papers keep their
 * input order), writes them as RDF into a new TDB2 store with the bulk loader, indexes it, and
 * swaps it in. Memory holds only a window of papers in flight, not the corpus.
 */
public final class BuildPipeline {
    private static final int WINDOW_PER_THREAD = 8;

    private final PaperExtractor extractor;
    private final PaperSources sources = new PaperSources();

    public BuildPipeline(PaperExtractor extractor) {
        this.extractor = extractor;
    }

    public BuildSummary run(BuildSettings settings, BuildListener listener) {
        long started = System.nanoTime();
        listener.started(countRecords(settings));
        String version = ExtractorVersion.get();
        Counts counts = new Counts();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "regkg-extract");
            t.setDaemon(true);
            return t;
        });
        long quads;
        StoreTarget.forBuild(settings.store(), settings.inputs());
        try (StoreWriter writer = new StoreWriter(settings.store(), GraphValidator.standard()::requireConforms)) {
            writer.loadGraph(RK.ONTOLOGY, Ontology.load());
            writer.prefixes(Prefixes.of(settings.base()));
            FactsToRdf rdf = new FactsToRdf(new IriMinter(settings.base()), writer.stream(), version);
            rdf.writeActivity(version);
            Deque<Future<PaperFacts>> window = new ArrayDeque<>();
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
                        window.add(pool.submit(() -> extractor.extract(paper)));
                        if (window.size() >= windowSize) {
                            drainOne(window, rdf, counts, listener);
                        }
                    }
                }
            }
            while (!window.isEmpty()) {
                drainOne(window, rdf, counts, listener);
            }
            if (counts.papers == 0 && !settings.allowEmpty()) {
                throw new InputException(String.join(", ", settings.inputs().stream().map(Path::toString).toList()),
                        "no papers to build (" + counts.invalid + " invalid, " + counts.duplicates + " duplicates); "
                                + "the store is left as it was (--allow-empty builds an empty store)");
            }
            listener.step("loading, validating and indexing");
            quads = writer.commit(q -> BuildInfo.json(summary(counts, q, started)));
        } finally {
            pool.shutdownNow();
        }
        listener.finished();
        return summary(counts, quads, started);
    }

    private static BuildSummary summary(Counts counts, long quads, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        return new BuildSummary(counts.papers, counts.invalid, counts.duplicates, quads, counts.methods,
                counts.techniques, counts.datasets, counts.claims, counts.quantities, seconds);
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

    private static void drainOne(Deque<Future<PaperFacts>> window, FactsToRdf rdf, Counts counts, BuildListener listener) {
        PaperFacts facts;
        try {
            facts = window.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        }
        rdf.write(facts);
        counts.add(facts);
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
