package org.regkg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The word-frequency job (Spark local mode, in its own JVM as spark/word-frequencies.sh starts it)
 * on the 260 annotated arXiv abstracts: one lower-cased word and the number of records it occurs
 * in per line, sorted, at least the minimum; the same file given twice counts each record once; a
 * malformed record is one line naming file and line, exit 2.
 */
class WordFrequencyJobIT {
    static final Path ABSTRACTS = JobProcess.ABSTRACTS;
    static final Path BAD = JobProcess.BAD;

    @Test
    void eachWordCountsTheRecordsItOccursIn(@TempDir Path dir) throws Exception {
        Path once = dir.resolve("once.tsv.gz");
        Path twice = dir.resolve("twice.tsv.gz");
        JobProcess.Result r = JobProcess.run(WordFrequencyJob.class, "--input", ABSTRACTS.toString(), "--out", once.toString(),
                "--min-records", "3");
        assertThat(r.exit()).as(r.log()).isZero();
        assertThat(r.log()).contains("of 260 records");
        r = JobProcess.run(WordFrequencyJob.class, "--input", ABSTRACTS.toString(), "--input", ABSTRACTS.toString(),
                "--out", twice.toString(), "--min-records", "3");
        assertThat(r.exit()).as(r.log()).isZero();
        assertThat(Files.readAllBytes(twice)).isEqualTo(Files.readAllBytes(once));
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(once))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(lines).hasSizeGreaterThan(500).isSorted()
                .allSatisfy(l -> assertThat(l).matches("[^\\s]+\\t[0-9]+"))
                .allSatisfy(l -> assertThat(l).isEqualTo(l.toLowerCase(Locale.ROOT)))
                .allSatisfy(l -> assertThat(Integer.parseInt(l.substring(l.indexOf('\t') + 1))).isBetween(3, 260));
        // at most every record that has the letters (a token of its own in most of them)
        long regularization = Files.readAllLines(ABSTRACTS).stream()
                .filter(l -> l.toLowerCase(Locale.ROOT).contains("regularization")).count();
        assertThat(lines).filteredOn(l -> l.startsWith("regularization\t")).singleElement()
                .satisfies(l -> assertThat(Integer.parseInt(l.substring(l.indexOf('\t') + 1)))
                        .isBetween((int) regularization / 2, (int) regularization));
    }

    @Test
    void aMalformedRecordIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        JobProcess.Result r = JobProcess.run(WordFrequencyJob.class, "--input", BAD.toString(), "--out",
                dir.resolve("c.tsv.gz").toString());
        assertThat(r.exit()).as(r.log()).isEqualTo(JobRunner.BAD_INPUT);
        assertThat(r.log()).contains("regkg: error: papers.jsonl:7:");
        assertThat(dir.resolve("c.tsv.gz")).doesNotExist();
    }
}
