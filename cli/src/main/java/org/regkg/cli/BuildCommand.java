package org.regkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.regkg.ingest.InputFormat;
import org.regkg.ingest.PaperSources;
import org.regkg.nlp.PaperExtractor;
import org.regkg.pipeline.BuildPipeline;
import org.regkg.pipeline.BuildSettings;
import org.regkg.pipeline.BuildSummary;
import org.regkg.rdf.IriMinter;
import org.regkg.store.StoreTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code regkg build}: abstracts in, a new store out. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Extracts facts from paper abstracts and builds the store (TDB2 + text index).",
                "The new store replaces the old one only when the build succeeds."})
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE",
            description = "Input file; repeat for several (default: data/abstracts.txt). "
                    + "The format is told from the content (arXiv Atom or OAI-PMH XML, arXiv snapshot, OpenAlex, "
                    + "Semantic Scholar, Crossref JSON, RegKG JSON), else from the extension: .jsonl, .json, else the listing.")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Force the input format: ${COMPLETION-CANDIDATES}.")
    InputFormat format;

    @Mixin
    StoreOption store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base IRI for minted IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--rules-only", description = "Extract with the rules and the gazetteer only, without the "
            + "learned models (for comparison; see docs/quality.md).")
    boolean rulesOnly;

    @Option(names = "--skip-invalid", description = "Report bad records and build the rest.")
    boolean skipInvalid;

    @Option(names = "--strict", description = "Fail (exit 2, old store kept) when a paper does not conform to the "
            + "shapes, instead of reporting it and leaving it out.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Extraction threads (default: one per core).")
    int threads;

    @Option(names = "--allow-empty", description = "Build even when the inputs hold no papers (default: refuse, exit 2, keep the store).")
    boolean allowEmpty;

    @Override
    public Integer call() {
        BuildSettings settings = new BuildSettings(inputs, format, store.layout(), base, skipInvalid, threads, strict, allowEmpty);
        PrintStream err = main.err();
        PaperSources sources = new PaperSources();
        settings.inputs().forEach(sources::checkReadable);
        StoreTarget.forBuild(settings.store(), settings.inputs());
        err.println("regkg: loading the NLP pipeline and the ontology ...");
        BuildPipeline pipeline = new BuildPipeline(rulesOnly ? PaperExtractor::rulesOnly : PaperExtractor::standard);
        BuildSummary s = pipeline.run(settings, new ProgressReporter(err, System.console() != null));
        err.println(String.format(Locale.ROOT,
                "regkg: built %s: %d papers (%d invalid skipped, %d duplicates, %d left out as not conforming), %d triples; facts: %d methods, "
                        + "%d techniques, %d datasets, %d claimed results (%d values); %.1f s, %.1f papers/s",
                settings.store().root(), s.papers(), s.skippedInvalid(), s.duplicates(), s.rejected(), s.quads(), s.methods(),
                s.techniques(), s.datasets(), s.claims(), s.quantities(), s.seconds(), s.papersPerSecond()));
        return 0;
    }
}
