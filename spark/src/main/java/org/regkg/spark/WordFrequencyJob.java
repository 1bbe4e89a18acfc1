package org.regkg.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * Counts, for every lower-cased word the extractor's tokenizer finds in unlabeled abstracts, in
 * how many records (title and abstract together) it occurs: the mention model's document
 * frequencies ({@code org.regkg.nlp.WordFrequencies}). A name no other paper uses is a sign of a
 * paper's own method; a name hundreds of papers use, of an established technique. The output is
 * one {@code word<TAB>records} line per word seen in at least {@code --min-records} records,
 * sorted by word, gzipped; a record given twice (the same title and abstract) counts once; the
 * same input gives the same file. Run by
 * {@code spark/word-frequencies.sh}.
 */
@Command(name = "word-frequencies", mixinStandardHelpOptions = true,
        description = {"Counts in how many records of unlabeled abstracts each word occurs",
                "(the mention model's document frequencies)."})
public final class WordFrequencyJob implements Callable<Integer> {

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", required = true,
            description = "JSON Lines abstracts (title, abstract; .gz is decoded); repeat for several.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
            description = "The gzipped frequency file to write.")
    Path out;

    @Option(names = "--min-records", paramLabel = "N", defaultValue = "2",
            description = "Leave out words seen in fewer records (default: ${DEFAULT-VALUE}).")
    int minRecords;

    private final PrintStream err;

    WordFrequencyJob(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    static int run(String[] args, PrintStream err) {
        return JobRunner.run(new WordFrequencyJob(err), args, err);
    }

    @Override
    public Integer call() throws IOException {
        SparkConf conf = JobRunner.localConf("regkg word-frequencies");
        long started = System.nanoTime();
        Map<String, Long> records = new TreeMap<>();
        long papers;
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            sc.setLogLevel("WARN");
            JavaRDD<List<String>> words = RecordWords.read(sc, inputs).distinct(1).map(r -> {
                Set<String> distinct = new TreeSet<>(r.title());
                distinct.addAll(r.abstractWords());
                return List.copyOf(distinct);
            }).persist(StorageLevel.MEMORY_AND_DISK_SER());
            papers = words.count();
            int min = minRecords;
            for (Tuple2<String, Long> t : words.flatMap(List::iterator).mapToPair(w -> new Tuple2<>(w, 1L))
                    .reduceByKey(Long::sum).filter(t -> t._2() >= min).collect()) {
                records.put(t._1(), t._2());
            }
        }
        JobRunner.writeTable(out, records, "");
        err.println(String.format(Locale.ROOT, "regkg: %d words seen in at least %d of %d records written to %s (%.0f s)",
                records.size(), minRecords, papers, out, (System.nanoTime() - started) / 1e9));
        return 0;
    }
}
