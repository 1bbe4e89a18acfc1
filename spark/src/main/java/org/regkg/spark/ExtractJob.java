package org.regkg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.regkg.facts.FactCounts;
import org.regkg.ingest.InputException;
import org.regkg.nlp.ExtractorVersion;
import org.regkg.shards.ShardManifest;
import scala.Tuple2;

/**
 * The spark-extract job: input records → duplicates left out (one small shuffle) → papers spread
 * over the shards (one shuffle of the abstracts) → each shard's papers extracted by the build's
 * extractor and written as gzipped N-Quads → the manifest, written by the driver last.
 */
final class ExtractJob {
    static final String SUCCESS = "_SUCCESS";

    private final JavaSparkContext sc;

    ExtractJob(JavaSparkContext sc) {
        this.sc = sc;
    }

    /** The manifest of a finished job, and how long extraction took once the models were loaded. */
    record Outcome(ShardManifest manifest, double extractionSeconds) {
    }

    Outcome run(ExtractSettings settings) throws IOException {
        Path out = new Path(settings.output());
        FileSystem fs = out.getFileSystem(sc.hadoopConfiguration());
        fs.setWriteChecksum(false);
        checkOutput(fs, out, settings.output());
        List<InputFiles.InputFile> files = InputFiles.resolve(settings.inputs(), settings.format(), sc.hadoopConfiguration());

        JavaRDD<InputRecord> records = new InputReader(sc).read(files).persist(StorageLevel.MEMORY_AND_DISK_SER());
        long recordCount = records.count();
        List<InputRecord> bad = records.filter(r -> !r.isGood()).collect().stream()
                .sorted(Comparator.comparingLong(InputRecord::place)).toList();
        List<ShardManifest.Skipped> rejected = bad.stream().filter(r -> !r.noAbstract())
                .map(r -> new ShardManifest.Skipped(r.origin(), r.problem())).toList();
        List<ShardManifest.Skipped> noAbstract = bad.stream().filter(InputRecord::noAbstract)
                .map(r -> new ShardManifest.Skipped(r.origin(), r.problem())).toList();
        JavaRDD<InputRecord> good = records.filter(InputRecord::isGood);
        Map<Long, ShardManifest.Skipped> duplicates = DuplicateFinder.find(sc, good);
        Broadcast<java.util.Set<Long>> dropped = sc.broadcast(new java.util.HashSet<>(duplicates.keySet()));
        JavaRDD<InputRecord> papers = good.filter(r -> !dropped.value().contains(r.order()));
        long paperCount = papers.count();
        int shards = settings.shards(paperCount, sc.defaultParallelism());

        String version = ExtractorVersion.get();
        ShardTask task = new ShardTask(settings.output(), settings.base(), version, new HadoopConf(sc.hadoopConfiguration()));
        List<ShardResult> results = new ArrayList<>(papers
                .mapToPair(r -> new Tuple2<>(r.order(), r))
                .partitionBy(new HashPartitioner(shards))
                .values()
                .mapPartitionsWithIndex(task, false)
                .collect());
        results.sort(Comparator.comparing(ShardResult::file));
        records.unpersist(false);
        dropped.destroy();

        fs.delete(new Path(out, ShardTask.TEMPORARY), true);
        ShardManifest manifest = manifest(settings, files, version, recordCount, results, rejected, noAbstract,
                List.copyOf(duplicates.values()));
        try (OutputStream o = fs.create(new Path(out, ShardManifest.FILE), false)) {
            manifest.write(o);
        }
        fs.create(new Path(out, SUCCESS), false).close();
        long from = results.stream().mapToLong(ShardResult::startedMs).min().orElse(0);
        long to = results.stream().mapToLong(ShardResult::finishedMs).max().orElse(0);
        return new Outcome(manifest, (to - from) / 1e3);
    }

    private static ShardManifest manifest(ExtractSettings settings, List<InputFiles.InputFile> files, String version,
                                          long records, List<ShardResult> results, List<ShardManifest.Skipped> rejected,
                                          List<ShardManifest.Skipped> noAbstract, List<ShardManifest.Skipped> duplicates) {
        FactCounts counts = FactCounts.NONE;
        long quads = 0;
        List<ShardManifest.Shard> shards = new ArrayList<>();
        for (ShardResult r : results) {
            counts = counts.plus(r.counts());
            quads += r.quads();
            shards.add(new ShardManifest.Shard(r.file(), r.counts().papers(), r.quads()));
        }
        return new ShardManifest(ShardManifest.FORMAT, files.stream().map(InputFiles.InputFile::name).toList(),
                version, settings.base(), records, quads, counts, shards, rejected, noAbstract, duplicates);
    }

    /** The output folder must be new or empty: the job never deletes or mixes with what is not its own. */
    private static void checkOutput(FileSystem fs, Path out, String name) throws IOException {
        if (!fs.exists(out)) {
            return;
        }
        FileStatus status = fs.getFileStatus(out);
        if (!status.isDirectory()) {
            throw new InputException(name, "the output exists and is a file");
        }
        if (fs.listStatus(out).length > 0) {
            throw new InputException(name, "the output folder is not empty (give a new folder)");
        }
    }
}
