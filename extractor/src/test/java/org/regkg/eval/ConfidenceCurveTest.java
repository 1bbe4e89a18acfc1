package org.regkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The curve scores, at each threshold, exactly the facts the source keeps at that threshold. */
class ConfidenceCurveTest {
    private static final String HIGH = "{\"title\": \"%s\", \"methods\": [{\"label\": \"CREAM\"}], \"techniques\": [], \"datasets\": [], \"results\": []}";
    private static final String LOW = "{\"title\": \"%s\", \"methods\": [{\"label\": \"CREAM\"}, {\"label\": \"noise\"}], \"techniques\": [], \"datasets\": [], \"results\": []}";

    @Test
    void precisionRisesWhenTheLowConfidenceFactGoes() throws Exception {
        GoldFile gold = GoldFile.read(ScorerCrossCheckTest.resource("eval/crosscheck/gold.json"));
        String title = gold.papers().get(0).get("title").asText();
        List<Double> asked = new ArrayList<>();
        List<ConfidenceCurve.Point> points = ConfidenceCurve.measure(gold, t -> {
            asked.add(t);
            String line = String.format(t < 0.6 ? LOW : HIGH, title);
            return Predictions.read(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "test");
        });
        assertThat(asked).containsExactlyElementsOf(ConfidenceCurve.THRESHOLDS);
        assertThat(points.get(0).score().prf(Category.METHODS)).isEqualTo(new Tally.Prf(0.5, 0.2, 0.286, 1, 1, 4));
        assertThat(points.get(6).score().prf(Category.METHODS)).isEqualTo(new Tally.Prf(1.0, 0.2, 0.333, 1, 0, 4));
        JsonNode json = ConfidenceCurve.toJson(points);
        assertThat(json).hasSize(7);
        assertThat(json.get(3).get("min_confidence").asDouble()).isEqualTo(0.6);
        assertThat(json.get(3).get("methods").get("precision").asDouble()).isEqualTo(1.0);
        assertThat(ScoreReport.curve(points)).contains(
                "methods                      C >= 0.0  P 0.500  R 0.200  F1 0.286   (tp 1, fp 1, fn 4)",
                "                             C >= 0.9  P 1.000  R 0.200  F1 0.333   (tp 1, fp 0, fn 4)",
                "value metric attached        C >= 0.0  None");
    }
}
