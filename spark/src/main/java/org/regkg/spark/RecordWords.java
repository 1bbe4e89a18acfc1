package org.regkg.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.regkg.ingest.Paper;
import org.regkg.ingest.PaperSources;
import org.regkg.nlp.WordTokenizer;

/**
 * The lower-cased words of each record's title and abstract, as the extractor's tokenizer
 * ({@link WordTokenizer}) finds them, read from JSON Lines files (.gz is decoded) in input order,
 * in one partition. A malformed record stops the job with an {@link org.regkg.ingest.InputException}
 * naming file and line.
 *
 * @param title    the title's words
 * @param abstractWords the abstract's words
 */
record RecordWords(List<String> title, List<String> abstractWords) implements Serializable {

    static JavaRDD<RecordWords> read(JavaSparkContext sc, List<String> inputs) {
        JavaRDD<RecordWords> all = null;
        for (String input : inputs) {
            String name = Path.of(input).getFileName().toString();
            JavaRDD<RecordWords> one = sc.textFile(input).coalesce(1).zipWithIndex().mapPartitions(it -> {
                PaperSources parser = new PaperSources();
                WordTokenizer tokenizer = new WordTokenizer();
                List<RecordWords> rows = new ArrayList<>();
                int position = 0;
                while (it.hasNext()) {
                    var line = it.next();
                    if (line._1().isBlank()) {
                        continue;
                    }
                    Paper p = parser.jsonLine(line._1(), ++position, name + ":" + (line._2() + 1));
                    rows.add(new RecordWords(lowerCased(tokenizer.words(p.title())),
                            lowerCased(tokenizer.words(p.abstractText()))));
                }
                return rows.iterator();
            });
            all = all == null ? one : all.union(one);
        }
        return all.coalesce(1);
    }

    /** The words lower-cased, leaving out the rejoined names that contain a space. */
    private static List<String> lowerCased(List<String> words) {
        List<String> kept = new ArrayList<>(words.size());
        for (String w : words) {
            if (w.chars().noneMatch(Character::isWhitespace)) {
                kept.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return kept;
    }
}
