package org.regkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Java scorer against the reference scorer. Each fixture folder holds a gold file, a
 * prediction file and what {@code python3 shared/eval/score.py GOLD PRED [--json] [--details]}
 * printed for them; the Java port must print the same bytes.
 * <ul>
 * <li>{@code eval/crosscheck/}: made by hand to exercise every rule: title pairing by norm, a
 *     paper missing from the prediction, an extra predicted paper, a repeated title (the later
 *     line wins), aliases, NFKC, leading articles, token-set F1 on both sides of 0.6, a one-word
 *     label against a two-word name, best-first one-to-one matching and its tie-break, labels from
 *     "name" and plain strings, an unlabelled regularization technique, claims on both sides of
 *     half the gold, non-object results, "4x" = "4", "1,000" = 1000, a value with no number,
 *     metric and dataset attachment by similarity and by containment, claims cut at 120 code
 *     points, non-ASCII and astral characters in both JSON forms.</li>
 * <li>{@code eval/dev-snapshot/}: a real export of the 60 dev-gold papers, scored against
 *     {@code quality/dev-gold.json}.</li>
 * </ul>
 * To regenerate the expectations (after changing a fixture), in the folder:
 * {@code python3 ../../../../../../../shared/eval/score.py GOLD pred.jsonl [--json] [--details] > expected...}.
 */
class ScorerCrossCheckTest {
    private static final String CROSS = "eval/crosscheck/";
    private static final String DEV = "eval/dev-snapshot/";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "eval/crosscheck/gold.json,    eval/crosscheck/,   expected.txt,          text",
        "eval/crosscheck/gold.json,    eval/crosscheck/,   expected.json,         json",
        "eval/crosscheck/gold.json,    eval/crosscheck/,   expected-details.txt,  text-details",
        "eval/crosscheck/gold.json,    eval/crosscheck/,   expected-details.json, json-details",
        "quality/dev-gold.json,        eval/dev-snapshot/, expected.txt,          text",
        "quality/dev-gold.json,        eval/dev-snapshot/, expected-details.txt,  text-details",
        "quality/dev-gold.json,        eval/dev-snapshot/, expected-details.json, json-details",
    })
    void printsWhatScorePyPrints(String gold, String folder, String expected, String mode) throws Exception {
        Score score = score(gold, folder + "pred.jsonl");
        String printed = switch (mode) {
            case "text" -> ScoreReport.table(score);
            case "json" -> PyJsonWriter.indented().write(score.toJson(false)) + "\n";
            case "text-details" -> ScoreReport.table(score) + ScoreReport.details(score);
            case "json-details" -> PyJsonWriter.indented().write(score.toJson(true)) + "\n";
            default -> throw new IllegalArgumentException(mode);
        };
        assertThat(printed).isEqualTo(Files.readString(resource(folder + expected), StandardCharsets.UTF_8));
    }

    @Test
    void theHandMadeCaseGivesTheNumbersOfScorePy() throws Exception {
        Score s = score(CROSS + "gold.json", CROSS + "pred.jsonl");
        assertThat(s.papers()).isEqualTo(5);
        assertThat(s.missing()).isEqualTo(1);
        assertThat(s.prf(Category.METHODS)).isEqualTo(new Tally.Prf(0.6, 0.6, 0.6, 3, 2, 2));
        assertThat(s.prf(Category.TECHNIQUES)).isEqualTo(new Tally.Prf(0.727, 0.8, 0.762, 8, 3, 2));
        assertThat(s.prf(Category.REGULARIZATION_TECHNIQUES)).isEqualTo(new Tally.Prf(0.667, 0.667, 0.667, 4, 2, 2));
        assertThat(s.prf(Category.DATASETS)).isEqualTo(new Tally.Prf(0.6, 0.6, 0.6, 3, 2, 2));
        assertThat(s.prf(Category.CLAIMS)).isEqualTo(new Tally.Prf(0.5, 0.5, 0.5, 3, 3, 3));
        assertThat(s.prf(Category.VALUES)).isEqualTo(new Tally.Prf(0.714, 0.714, 0.714, 5, 2, 2));
        // 3 of 5: the tie-break pairs the later prediction "5.0 BLEU" with the gold "5 accuracy".
        assertThat(s.attached(Attachment.METRIC)).isEqualTo(0.6);
        assertThat(s.attached(Attachment.DATASET)).isEqualTo(0.667);
    }

    @Test
    void theDevSnapshotGivesTheNumbersOfScorePy() throws Exception {
        Score s = score("quality/dev-gold.json", DEV + "pred.jsonl");
        assertThat(s.prf(Category.METHODS)).isEqualTo(new Tally.Prf(0.778, 0.757, 0.767, 56, 16, 18));
        assertThat(s.prf(Category.CLAIMS)).isEqualTo(new Tally.Prf(0.828, 0.769, 0.797, 120, 25, 36));
        assertThat(s.attached(Attachment.METRIC)).isEqualTo(0.769);
    }

    private static Score score(String gold, String pred) throws Exception {
        try (InputStream in = Files.newInputStream(resource(pred))) {
            return new Scorer().score(GoldFile.read(resource(gold)), Predictions.read(in, pred));
        }
    }

    static Path resource(String name) throws IOException {
        try {
            var url = ScorerCrossCheckTest.class.getClassLoader().getResource(name);
            if (url == null) {
                throw new IOException("test resource missing: " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
