package org.regkg.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.regkg.ingest.InputException;
import org.regkg.ingest.InputFormat;
import org.regkg.ingest.Paper;
import org.regkg.ingest.PaperSource;
import org.regkg.ingest.PaperSources;
import scala.Tuple2;

/**
 * Reads the input files into records, numbered exactly as a build numbers them. JSON Lines is read
 * in parallel, split by lines: a first pass numbers the lines, a second the non-blank ones (a
 * record's position), and each line is parsed by the build's own {@link PaperSources#jsonLine}.
 * The listing format and JSON arrays cannot be split (a record's place depends on what comes before
 * it): the driver streams them with the build's readers and hands the papers out; use JSON Lines
 * for large inputs.
 */
final class InputReader {
    private final JavaSparkContext sc;

    InputReader(JavaSparkContext sc) {
        this.sc = sc;
    }

    JavaRDD<InputRecord> read(List<InputFiles.InputFile> files) {
        JavaRDD<InputRecord> all = null;
        for (InputFiles.InputFile f : files) {
            JavaRDD<InputRecord> one = f.format() == InputFormat.JSONL ? jsonLines(f) : onDriver(f);
            all = all == null ? one : all.union(one);
        }
        return all == null ? sc.emptyRDD() : all;
    }

    private JavaRDD<InputRecord> jsonLines(InputFiles.InputFile f) {
        int input = f.index();
        String name = f.name();
        JavaPairRDD<Tuple2<String, Long>, Long> numbered = sc.textFile(f.path())
                .zipWithIndex()
                .filter(t -> !t._1().isBlank())
                .zipWithIndex();
        return numbered.mapPartitions(it -> {
            PaperSources parser = new PaperSources();
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                    .map(t -> {
                        int position = Math.toIntExact(t._2() + 1);
                        String location = name + ":" + (t._1()._2() + 1);
                        try {
                            return InputRecord.good(input, parser.jsonLine(t._1()._1(), position, location));
                        } catch (InputException e) {
                            return InputRecord.bad(input, position, e);
                        }
                    }).iterator();
        });
    }

    private JavaRDD<InputRecord> onDriver(InputFiles.InputFile f) {
        List<InputRecord> records = new ArrayList<>();
        Path path = new Path(f.path());
        PaperSource source;
        try {
            FileSystem fs = path.getFileSystem(sc.hadoopConfiguration());
            source = new PaperSources().open(fs.open(path), f.name(), f.format());
        } catch (IOException e) {
            throw new InputException(f.name(), "cannot read: " + e.getMessage(), e);
        }
        try (source) {
            int bad = 0;
            while (true) {
                try {
                    if (!source.hasNext()) {
                        break;
                    }
                    Paper p = source.next();
                    records.add(InputRecord.good(f.index(), p));
                } catch (InputException e) {
                    // a bad record has no position of its own here; number it after the good ones' range
                    bad++;
                    records.add(InputRecord.bad(f.index(), Integer.MAX_VALUE - bad, e));
                }
            }
        }
        return sc.parallelize(records, Math.max(1, sc.defaultParallelism()));
    }
}
