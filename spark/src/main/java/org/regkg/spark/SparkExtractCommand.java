package org.regkg.spark;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.regkg.facts.FactCounts;
import org.regkg.ingest.InputException;
import org.regkg.ingest.InputFormat;
import org.regkg.nlp.ExtractorVersion;
import org.regkg.rdf.IriMinter;
import org.regkg.shards.ShardManifest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code regkg spark-extract}: the extractor as a Spark job. Run by {@code ./regkg spark-extract}
 * in local mode, or by {@code spark-submit --class org.regkg.spark.SparkExtractCommand} on a
 * cluster (then {@code --master} comes from spark-submit).
 */
@Command(name = "spark-extract", mixinStandardHelpOptions = true, versionProvider = SparkExtractCommand.Version.class,
        description = {"Extracts facts from abstracts with Apache Spark and writes gzipped",
                "N-Quads shards and a manifest.json; ./regkg load turns them into the",
                "store build would make from the same input."})
public final class SparkExtractCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. 'local[2]' (default: from spark-submit).")
    String master;

    @Option(names = {"-i", "--input"}, paramLabel = "PATH", required = true,
            description = "Input file, folder or glob on any Hadoop file system (hdfs://, s3a://, file:...); repeat for several.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Force the input format: ${COMPLETION-CANDIDATES} (default: told from the content as build "
                    + "tells it; .gz, .bz2 etc. are decoded).")
    InputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "Folder for the shards and the manifest; must be new or empty.")
    String output;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base IRI for minted IRIs, as for build (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Number of shards (default: one per " + ExtractSettings.PAPERS_PER_SHARD
                    + " papers, at least two per core).")
    int partitions;

    private final PrintStream err;

    /** The version {@code --version} prints: the extractor's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"regkg spark-extract " + ExtractorVersion.get()};
        }
    }

    SparkExtractCommand(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(System.err, args));
    }

    /** Runs the job; returns the exit status (0 done, 1 failure, 2 bad input or usage). */
    static int run(PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new SparkExtractCommand(err));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.registerConverter(InputFormat.class, s -> InputFormat.byName(s).orElseThrow(
                () -> new CommandLine.TypeConversionException("unknown format '" + s + "', expected one of "
                        + Arrays.toString(InputFormat.values()))));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof InputException) {
                err.println("regkg: error: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        ExtractSettings settings = new ExtractSettings(inputs, format, output, base, partitions);
        SparkConf conf = new SparkConf().setAppName("regkg spark-extract");
        if (master != null) {
            conf.setMaster(master);
        }
        if (!conf.contains("spark.master")) {
            throw new InputException("--master", "no Spark master: give --master 'local[N]' or run under spark-submit");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        long started = System.nanoTime();
        ExtractJob.Outcome outcome;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            err.println("regkg: spark-extract on " + sc.master() + " (" + sc.defaultParallelism() + " cores) ...");
            outcome = new ExtractJob(sc).run(settings);
        }
        ShardManifest m = outcome.manifest();
        double seconds = (System.nanoTime() - started) / 1e9;
        m.rejected().forEach(r -> err.println("regkg: warning: " + r.message() + " (rejected; see the manifest)"));
        FactCounts c = m.counts();
        err.println(String.format(Locale.ROOT,
                "regkg: extracted %d papers into %d shards at %s (%d records, %d rejected, %d duplicates), %d quads; "
                        + "facts: %d methods, %d techniques, %d datasets, %d claimed results (%d values); "
                        + "%.1f s, %.1f papers/s; extraction once the models were loaded: %.1f s, %.1f papers/s",
                c.papers(), m.shards().size(), output, m.records(), m.rejected().size(), m.duplicates().size(), m.quads(),
                c.methods(), c.techniques(), c.datasets(), c.claims(), c.quantities(), seconds, c.papers() / seconds,
                outcome.extractionSeconds(), c.papers() / Math.max(outcome.extractionSeconds(), 1e-3)));
        return 0;
    }
}
