package org.regkg.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.regkg.pipeline.BuildSummary;
import org.regkg.pipeline.LoadPipeline;
import org.regkg.pipeline.LoadSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code regkg load}: the shards of a spark-extract job in, a new store out. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Builds the store from the N-Quads shards of spark-extract: the same",
                "store build makes from the same input (bulk loader, per-paper validation,",
                "shared-entity labels, derived data, statistics, text index).",
                "The new store replaces the old one only when the load succeeds."})
final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-i", "--input"}, paramLabel = "DIR", required = true,
            description = "The --output folder of spark-extract (manifest.json and part-*.nq.gz), on a local disk.")
    Path input;

    @Mixin
    StoreOption store;

    @Option(names = "--skip-invalid", description = "Load even if the job rejected bad records (they are reported).")
    boolean skipInvalid;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Validation threads (default: one per core).")
    int threads;

    @Option(names = "--strict", description = "Fail when a paper does not conform to the shapes, instead of leaving it out.")
    boolean strict;

    @Option(names = "--allow-empty", description = "Load an empty store when the shards hold no papers.")
    boolean allowEmpty;

    @Override
    public Integer call() {
        LoadSettings settings = new LoadSettings(input, store.layout(), skipInvalid, threads, strict, allowEmpty);
        BuildSummary s = new LoadPipeline().run(settings, new ProgressReporter(main.err(), System.console() != null));
        main.err().println(String.format(Locale.ROOT,
                "regkg: loaded %s from %s: %d papers (%d invalid skipped, %d duplicates, %d left out as not conforming), "
                        + "%d triples; facts: %d methods, %d techniques, %d datasets, %d claimed results (%d values); %.1f s",
                settings.store().root(), input, s.papers(), s.skippedInvalid(), s.duplicates(), s.rejected(), s.quads(), s.methods(),
                s.techniques(), s.datasets(), s.claims(), s.quantities(), s.seconds()));
        return 0;
    }
}
