package org.regkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * Precision, recall and F1 per category when only the facts at or above a confidence threshold
 * are kept: the evidence that a fact's confidence means something (precision should rise with
 * the threshold while recall falls).
 */
public final class ConfidenceCurve {
    /** The thresholds of the curve. */
    public static final List<Double> THRESHOLDS = List.of(0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9);

    /** The score of the facts with confidence &gt;= {@code minConfidence}. */
    public record Point(double minConfidence, Score score) {
    }

    private ConfidenceCurve() {
    }

    /** Scores, at each threshold, the predictions {@code at} gives for it. */
    public static List<Point> measure(GoldFile gold, DoubleFunction<Predictions> at) {
        Scorer scorer = new Scorer();
        List<Point> points = new ArrayList<>();
        for (double t : THRESHOLDS) {
            points.add(new Point(t, scorer.score(gold, at.apply(t))));
        }
        return points;
    }

    /** The curve as JSON: one object per threshold, with the report's category and attachment keys. */
    public static ArrayNode toJson(List<Point> points) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Point p : points) {
            ObjectNode o = out.addObject();
            o.put("min_confidence", p.minConfidence());
            for (Map.Entry<String, JsonNode> e : p.score().toJson(false).properties()) {
                if (!e.getKey().startsWith("papers")) {
                    o.set(e.getKey(), e.getValue());
                }
            }
        }
        return out;
    }
}
