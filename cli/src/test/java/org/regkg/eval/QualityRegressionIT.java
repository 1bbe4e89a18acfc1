package org.regkg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkg.cli.Cli;

/**
 * The quality regression gate, on text the models never saw: {@code regkg eval --cv 5 --fold 1}
 * trains the shipped learned models on four fixed folds of the 434 annotated abstracts
 * ({@code data/gold}) and extracts and scores the fifth, combined as the shipped
 * {@code extraction.properties} says; the test fails when a category falls more than
 * {@value #CV_TOLERANCE} below its floor in {@code quality/cv-floors.properties}.
 *
 * <p>It also builds the bundled corpus into a store and scores the store against the dev gold
 * ({@code quality/dev-gold.json}): the shipped models were trained on those papers, so these
 * numbers say nothing about quality, but they catch a broken path from the extractor through the
 * store and the export to the scorer ({@code quality/floors.properties}, tolerance
 * {@value #STORE_TOLERANCE}). Raise the floors when extraction gets better (docs/quality.md).
 */
class QualityRegressionIT {
    static final double CV_TOLERANCE = 0.01;
    static final double STORE_TOLERANCE = 0.02;
    static final Path ROOT = Path.of(System.getProperty("regkg.root", ".."));
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path gold;
    static Path store;
    static JsonNode report;
    static JsonNode fold;

    @BeforeAll
    static void buildAndScore() throws IOException {
        store = dir.resolve("store");
        gold = ROOT.resolve("extractor/src/test/resources/quality/dev-gold.json");
        Cli.Run build = run("build", "--input", ROOT.resolve("data/abstracts.txt").toString(), "--store", store.toString());
        assertThat(build.status()).as(build.err()).isZero();
        Cli.Run eval = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--json", "--curve");
        assertThat(eval.status()).as(eval.err()).isZero();
        report = JSON.readTree(eval.out());
        Cli.Run cv = run("eval", "--cv", "5", "--fold", "1", "--json",
                "--gold", ROOT.resolve("data/gold/dev-gold.json").toString(),
                "--gold", ROOT.resolve("data/gold/train-gold.json").toString(),
                "--input", ROOT.resolve("data/abstracts.txt") + "," + ROOT.resolve("data/gold/arxiv-annotated.jsonl"),
                "--predictions", dir.resolve("cv-predictions").toString());
        assertThat(cv.status()).as(cv.err()).isZero();
        JsonNode cvReport = JSON.readTree(cv.out());
        assertThat(cvReport.get("folds").asInt()).as("folds scored").isEqualTo(1);
        fold = cvReport.get("all");
    }

    @Test
    void noCategoryFallsBelowItsCrossValidatedFloor() throws IOException {
        gate("quality/cv-floors.properties", CV_TOLERANCE,
                key -> key.endsWith("_attached") ? fold.path("value_" + key).get("mean") : fold.path(key).get("f1_mean"));
    }

    @Test
    void theStorePathKeepsItsInSampleNumbers() throws IOException {
        gate("quality/floors.properties", STORE_TOLERANCE,
                key -> key.endsWith("_attached") ? report.get("value_" + key) : report.path(key).get("f1"));
    }

    static void gate(String resource, double tolerance, Function<String, JsonNode> measure) throws IOException {
        Properties floors = new Properties();
        try (InputStream in = QualityRegressionIT.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            floors.load(in);
        }
        List<String> measured = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        for (String key : floors.stringPropertyNames().stream().sorted().toList()) {
            double floor = Double.parseDouble(floors.getProperty(key));
            JsonNode value = measure.apply(key);
            assertThat(value).as("the report has no number for " + key).isNotNull();
            double now = value.asDouble();
            String line = String.format(Locale.ROOT, "%s %.3f (floor %.3f)", key, now, floor);
            measured.add(line);
            if (now < floor - tolerance) {
                drops.add(line);
            }
        }
        assertThat(measured).as("every category of %s has a floor", resource).hasSize(8);
        assertThat(drops).as("%s: categories more than %s below their floor; measured: %s", resource, tolerance, measured).isEmpty();
    }

    @Test
    void theFoldsPredictionsScoreAsTheReportSays() throws IOException {
        Path file = dir.resolve("cv-predictions/fold-1.jsonl");
        Predictions predictions;
        try (InputStream in = Files.newInputStream(file)) {
            predictions = Predictions.read(in, file.toString());
        }
        Map<String, JsonNode> byTitle = new LinkedHashMap<>(); // a paper annotated twice: the first annotation counts
        for (String name : List.of("data/gold/dev-gold.json", "data/gold/train-gold.json")) {
            GoldFile.read(ROOT.resolve(name)).papers().stream()
                    .filter(p -> predictions.get(p.get("title").asText()) != null)
                    .forEach(p -> byTitle.putIfAbsent(NormLib.norm(p.get("title").asText()), p));
        }
        List<JsonNode> gold = List.copyOf(byTitle.values());
        assertThat(gold).as("the fold's test papers").hasSize(predictions.size()).hasSizeGreaterThan(80);
        Score score = new Scorer().score(GoldFile.of(gold), predictions);
        for (Category c : List.of(Category.METHODS, Category.TECHNIQUES, Category.DATASETS, Category.CLAIMS)) {
            assertThat(score.prf(c).f1()).as(c.key()).isCloseTo(fold.path(c.key()).get("f1_mean").asDouble(), within(1e-9));
        }
    }

    @Test
    void theEvalReportCoversTheWholeDevGold() {
        assertThat(report.get("papers").asInt()).isEqualTo(60);
        assertThat(report.get("papers_missing_from_prediction").asInt()).isZero();
    }

    @Test
    void theCurveStartsAtTheFullScoreAndKeepsFewerFactsAsTheThresholdRises() {
        JsonNode curve = report.get("curve");
        assertThat(curve).hasSize(ConfidenceCurve.THRESHOLDS.size());
        for (Category c : Category.values()) {
            assertThat(curve.get(0).get(c.key())).as(c.key()).isEqualTo(report.get(c.key()));
            int kept = Integer.MAX_VALUE;
            for (JsonNode point : curve) {
                int now = point.get(c.key()).get("tp").asInt() + point.get(c.key()).get("fp").asInt();
                assertThat(now).as(c.key() + " at " + point.get("min_confidence")).isLessThanOrEqualTo(kept);
                kept = now;
            }
        }
    }

    @Test
    void theTextReportHasTheTableAndTheDetails() {
        Cli.Run r = run("eval", "--gold", gold.toString(), "--store", store.toString(), "--details", "--min-confidence", "0.5");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("papers: 60  missing from prediction: 0\nmethods ")
                .contains("\nvalue metric attached correctly: ", "{\"title\": ");
        assertThat(r.out().lines().count()).isEqualTo(9 + 60);
    }

    static Cli.Run run(String... args) {
        return Cli.run(args);
    }
}
