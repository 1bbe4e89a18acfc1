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
 * The word-cluster job (Spark local mode, in its own JVM as spark/word-clusters.sh starts it) on
 * the 260 annotated arXiv abstracts: one lower-cased word and its cluster per line, sorted, the
 * same bytes from a second run; a malformed record is one line naming file and line, exit 2.
 */
class WordClusterJobIT {
    static final Path ABSTRACTS = JobProcess.ABSTRACTS;
    static final Path BAD = JobProcess.BAD;

    @Test
    void theSameTextGivesTheSameClusters(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.tsv.gz");
        Path b = dir.resolve("b.tsv.gz");
        assertThat(run(a, ABSTRACTS).exit()).isZero();
        assertThat(run(b, ABSTRACTS).exit()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(a))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(lines).hasSizeGreaterThan(500).isSorted()
                .allSatisfy(l -> assertThat(l).matches("[^\\s]+\\tc[0-7]"))
                .allSatisfy(l -> assertThat(l).isEqualTo(l.toLowerCase(Locale.ROOT)))
                .contains("regularization\t" + clusterOf(lines, "regularization"));
        assertThat(lines.stream().map(l -> l.substring(l.indexOf('\t') + 1)).distinct().count()).isEqualTo(8);
    }

    @Test
    void aMalformedRecordIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        JobProcess.Result r = run(dir.resolve("c.tsv.gz"), BAD);
        assertThat(r.exit()).as(r.log()).isEqualTo(WordClusterJob.BAD_INPUT);
        assertThat(r.log()).contains("regkg: error: papers.jsonl:7:");
        assertThat(dir.resolve("c.tsv.gz")).doesNotExist();
    }

    private static String clusterOf(List<String> lines, String word) {
        return lines.stream().filter(l -> l.startsWith(word + "\t")).findFirst().orElseThrow().substring(word.length() + 1);
    }

    private static JobProcess.Result run(Path out, Path input) throws Exception {
        return JobProcess.run(WordClusterJob.class, "--input", input.toString(), "--out", out.toString(),
                "--clusters", "8", "--dimensions", "20", "--min-count", "3");
    }
}
