package org.regkg.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
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
 * in parallel, split by lines and decoded as strict UTF-8 as a build decodes them: a first pass
 * numbers the lines, a second the valid non-blank ones (a record's position), and each line is
 * parsed by the build's own {@link PaperSources#jsonLine}.
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
        JavaPairRDD<String, Long> lines = sc.hadoopFile(f.path(), TextInputFormat.class, LongWritable.class, Text.class)
                .map(t -> StrictUtf8.decode(t._2()))
                .zipWithIndex()
                .mapToPair(t -> new Tuple2<>(StrictUtf8.withoutBom(t._1(), t._2()), t._2()));
        JavaRDD<InputRecord> invalid = lines.filter(t -> t._1() == null)
                .map(t -> InputRecord.bad(input, t._2() + 1, new InputException(name + ":" + (t._2() + 1), "invalid UTF-8")));
        JavaPairRDD<Tuple2<String, Long>, Long> numbered = lines
                .filter(t -> t._1() != null && !t._1().isBlank())
                .zipWithIndex();
        JavaRDD<InputRecord> records = numbered.mapPartitions(it -> {
            PaperSources parser = new PaperSources();
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                    .map(t -> {
                        int position = Math.toIntExact(t._2() + 1);
                        long line = t._1()._2() + 1;
                        try {
                            return InputRecord.good(input, line, parser.jsonLine(t._1()._1(), position, name + ":" + line));
                        } catch (InputException e) {
                            return InputRecord.bad(input, line, e);
                        }
                    }).iterator();
        });
        return records.union(invalid);
    }

    private JavaRDD<InputRecord> onDriver(InputFiles.InputFile f) {
        List<InputRecord> records = new ArrayList<>();
        byte[] content = InputFiles.readAll(f, sc.hadoopConfiguration());
        try (PaperSource source = new PaperSources().open(content, f.name(), f.format())) {
            long n = 0;
            while (true) {
                n++;
                try {
                    if (!source.hasNext()) {
                        break;
                    }
                    Paper p = source.next();
                    records.add(InputRecord.good(f.index(), n, p));
                } catch (InputException e) {
                    records.add(InputRecord.bad(f.index(), n, e));
                }
            }
        }
        return sc.parallelize(records, Math.max(1, sc.defaultParallelism()));
    }
}
