package org.regkg.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
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
 * The other formats (the listing, JSON arrays, API responses) cannot be split by lines (a record's
 * place depends on what comes before it): the driver reads such a file whole with the build's
 * readers and hands the papers out; use JSON Lines for large inputs.
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
        byte[] content = InputFiles.readAll(f, sc.hadoopConfiguration());
        try (PaperSource source = new PaperSources().open(content, f.name(), f.format())) {
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
