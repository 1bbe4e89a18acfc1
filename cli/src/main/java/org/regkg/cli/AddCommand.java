package org.regkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.sys.JenaSystem;
import org.regkg.ingest.Deduplicator;
import org.regkg.ingest.InputException;
import org.regkg.ingest.InputFormat;
import org.regkg.ingest.Paper;
import org.regkg.ingest.PaperSource;
import org.regkg.ingest.PaperSources;
import org.regkg.nlp.ExtractorVersion;
import org.regkg.nlp.Loading;
import org.regkg.nlp.PaperExtractor;
import org.regkg.pipeline.PaperGraph;
import org.regkg.pipeline.StoreUpdate;
import org.regkg.rdf.FactsToRdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code regkg add}: new or changed papers into a built store, without a rebuild. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Extracts facts from new or changed papers and adds them to a built store; a paper with the id "
                + "of one in the store replaces it. Triples, derived counts, statistics and the text index are updated "
                + "together: on any failure the store stays as it was. Refused while a server holds the store."})
final class AddCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", required = true,
            description = "Input file; repeat for several. Format by extension: .jsonl, .json, else the listing format.")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Force the input format: ${COMPLETION-CANDIDATES}.")
    InputFormat format;

    @Mixin
    StoreOption store;

    @Option(names = "--skip-invalid", description = "Report bad records and add the rest.")
    boolean skipInvalid;

    @Option(names = "--strict", description = "Fail (exit 2, store unchanged) when a paper does not conform to the shapes.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Extraction threads (default: one per core).")
    int threads;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        PrintStream err = main.err();
        PaperSources sources = new PaperSources();
        inputs.forEach(sources::checkReadable);
        int n = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
        String version = ExtractorVersion.get();
        long added = 0;
        long left = 0;
        long quads;
        // the models load while the store is copied and opened (logging set up first, on this thread,
        // so that the loading threads do not race SLF4J's initialisation; nor Jena's, whose class
        // initialisation deadlocks when the loading thread and this one start it at once)
        org.slf4j.LoggerFactory.getILoggerFactory();
        JenaSystem.init();
        CompletableFuture<PaperExtractor> loading = CompletableFuture.supplyAsync(PaperExtractor::standard, task -> {
            Thread t = new Thread(task, "regkg-load");
            t.setDaemon(true);
            t.start();
        });
        try (StoreUpdate update = new StoreUpdate(store.layout(), version)) {
            update.validator();
            err.println("regkg: loading the NLP pipeline ...");
            PaperExtractor extractor = Loading.await(loading);
            ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
                Thread t = new Thread(r, "regkg-extract");
                t.setDaemon(true);
                return t;
            });
            try {
                Deque<Future<PaperGraph>> window = new ArrayDeque<>();
                Deduplicator dedup = new Deduplicator();
                for (Path input : inputs) {
                    try (PaperSource source = sources.open(input, format)) {
                        while (true) {
                            Paper p;
                            try {
                                if (!source.hasNext()) {
                                    break;
                                }
                                p = source.next();
                            } catch (InputException e) {
                                if (!skipInvalid) {
                                    throw e;
                                }
                                err.println("regkg: warning: " + e.getMessage() + " (skipped)");
                                continue;
                            }
                            var dup = dedup.duplicateOf(p);
                            if (dup.isPresent()) {
                                err.println("regkg: warning: " + p.origin() + ": duplicate paper, added once: " + dup.get());
                                continue;
                            }
                            Paper paper = p;
                            window.add(pool.submit(() -> {
                                var g = PaperGraph.newGraph();
                                new FactsToRdf(update.iris(), PaperGraph.collector(g), version).write(extractor.extract(paper));
                                return PaperGraph.of(paper.id(), paper.origin(), g);
                            }));
                            while (window.size() >= n * 4) {
                                if (take(window.removeFirst(), update, err)) {
                                    added++;
                                } else {
                                    left++;
                                }
                            }
                        }
                    }
                }
                while (!window.isEmpty()) {
                    if (take(window.removeFirst(), update, err)) {
                        added++;
                    } else {
                        left++;
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            if (added == 0) {
                throw new InputException(inputs.get(0).toString(), "no paper to add; the store is unchanged");
            }
            quads = update.commit();
        }
        err.println(String.format(Locale.ROOT, "regkg: added %d papers to %s (%d left out as not conforming), %d triples; %.1f s",
                added, store.layout().root(), left, quads, (System.nanoTime() - started) / 1e9));
        return 0;
    }


    /** Adds one extracted paper; false (and reported) when it does not conform. */
    private boolean take(Future<PaperGraph> f, StoreUpdate update, PrintStream err) {
        PaperGraph g;
        try {
            g = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        }
        var v = update.add(g);
        if (v.isEmpty()) {
            return true;
        }
        if (strict) {
            throw new InputException(g.origin(), "paper " + g.id() + " does not conform to the shapes (--strict): " + v.get());
        }
        err.println("regkg: warning: " + g.origin() + ": paper " + g.id() + " does not conform to the shapes: " + v.get()
                + " (left out)");
        return false;
    }
}
