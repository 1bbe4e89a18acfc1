package org.regkg.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.feature.Word2Vec;
import org.apache.spark.ml.feature.Word2VecModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Learns the word clusters of the mention model ({@code distSimLexicon} in
 * {@code mention-crf.properties}) from unlabeled abstracts: Spark MLlib's Word2Vec embeds every
 * lower-cased word the extractor's tokenizer ({@link org.regkg.nlp.WordTokenizer}) finds in the titles and
 * abstracts of JSON Lines files, and k-means groups the embeddings; the output is one
 * {@code word<TAB>cluster} line per word, sorted by word, gzipped. One partition and fixed seeds:
 * the same input gives the same file. Run by {@code spark/word-clusters.sh}.
 */
@Command(name = "word-clusters", mixinStandardHelpOptions = true,
        description = {"Learns word clusters (the mention model's distSimLexicon) from unlabeled",
                "abstracts with Spark MLlib's Word2Vec and k-means."})
public final class WordClusterJob implements Callable<Integer> {
    static final int BAD_INPUT = JobRunner.BAD_INPUT;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", required = true,
            description = "JSON Lines abstracts (title, abstract; .gz is decoded); repeat for several.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
            description = "The gzipped cluster file to write.")
    Path out;

    @Option(names = "--clusters", paramLabel = "K", defaultValue = "500",
            description = "Number of clusters (default: ${DEFAULT-VALUE}).")
    int clusters;

    @Option(names = "--dimensions", paramLabel = "D", defaultValue = "100",
            description = "Word2Vec vector size (default: ${DEFAULT-VALUE}).")
    int dimensions;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "5",
            description = "Leave out words seen fewer times (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "1",
            description = "Word2Vec passes over the text (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of Word2Vec and k-means (default: ${DEFAULT-VALUE}).")
    long seed;

    private final PrintStream err;

    WordClusterJob(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    static int run(String[] args, PrintStream err) {
        return JobRunner.run(new WordClusterJob(err), args, err);
    }

    @Override
    public Integer call() throws IOException {
        SparkConf conf = JobRunner.localConf("regkg word-clusters");
        long started = System.nanoTime();
        Map<String, Integer> clusterOf;
        try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            sc.setLogLevel("WARN");
            clusterOf = clusters(spark, sentences(sc));
        }
        JobRunner.writeTable(out, clusterOf, "c");
        err.println(String.format(Locale.ROOT, "regkg: %d words in %d clusters written to %s (%.0f s)",
                clusterOf.size(), clusters, out, (System.nanoTime() - started) / 1e9));
        return 0;
    }

    /** Each title and each abstract as one sentence of lower-cased words, in input order, in one partition. */
    private JavaRDD<Row> sentences(JavaSparkContext sc) {
        return RecordWords.read(sc, inputs).flatMap(r -> List.of(row(r.title()), row(r.abstractWords())).iterator());
    }

    private static Row row(List<String> words) {
        return RowFactory.create((Object) words.toArray(new String[0]));
    }

    private Map<String, Integer> clusters(SparkSession spark, JavaRDD<Row> sentences) {
        StructType schema = new StructType().add("words", DataTypes.createArrayType(DataTypes.StringType), false);
        Dataset<Row> text = spark.createDataFrame(sentences, schema).cache();
        Word2VecModel w2v = new Word2Vec().setInputCol("words").setOutputCol("embedding")
                .setVectorSize(dimensions).setMinCount(minCount).setMaxIter(iterations)
                .setNumPartitions(1).setSeed(seed).fit(text);
        Dataset<Row> vectors = w2v.getVectors().coalesce(1).cache();
        KMeansModel km = new KMeans().setK(clusters).setSeed(seed).setMaxIter(30).setDistanceMeasure("cosine")
                .setFeaturesCol("vector").setPredictionCol("cluster").fit(vectors);
        Map<String, Integer> out = new TreeMap<>();
        for (Row r : km.transform(vectors).select("word", "cluster").collectAsList()) {
            out.put(r.getString(0), r.getInt(1));
        }
        return out;
    }
}
