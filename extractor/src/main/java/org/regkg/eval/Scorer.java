package org.regkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The matching rules of {@code score.py}, paper by paper: entities by label (aliases, token-set
 * leniency), the regularization flag, claims by sentence overlap, values as numbers with their
 * metric and dataset checked on matched values. See the package documentation.
 */
public final class Scorer {
    private static final Category[] ENTITIES = {Category.METHODS, Category.TECHNIQUES, Category.DATASETS};
    private static final int CLAIM_SHOWN = 120;

    /** Scores {@code predictions} against every paper of {@code gold}. */
    public Score score(GoldFile gold, Predictions predictions) {
        int missing = 0;
        for (JsonNode g : gold.papers()) {
            if (predictions.get(g.get("title").asText()) == null) {
                missing++;
            }
        }
        Score score = new Score(gold.papers().size(), missing);
        for (JsonNode g : gold.papers()) {
            JsonNode p = predictions.get(g.get("title").asText());
            paper(g, p == null ? JsonNodeFactory.instance.objectNode() : p, score);
        }
        return score;
    }

    private static void paper(JsonNode g, JsonNode p, Score score) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.set("title", g.get("title"));
        for (Category cat : ENTITIES) {
            List<String> pl = labels(items(p.get(cat.key())));
            List<JsonNode> gl = items(g.get(cat.key()));
            List<GreedyMatch.Pair> m = GreedyMatch.match(pl.size(), gl.size(),
                    (i, j) -> SimilarityLib.entrySim(pl.get(i), gl.get(j)));
            score.tally(cat).add(pl.size(), gl.size(), m.size());
            ObjectNode cd = d.putObject(cat.key());
            ArrayNode fps = cd.putArray("false_positives");
            unmatched(pl.size(), m, true).forEach(i -> fps.add(pl.get(i)));
            ArrayNode missed = cd.putArray("missed");
            unmatched(gl.size(), m, false).forEach(j -> missed.add(gl.get(j).get("name")));
        }
        regularization(g, p, score);
        claims(g, p, score, d);
        values(g, p, score, d);
        score.detail(d);
    }

    private static void regularization(JsonNode g, JsonNode p, Score score) {
        List<JsonNode> pr = new ArrayList<>();
        for (JsonNode t : items(p.get("techniques"))) {
            if (t.isObject() && PyLib.truthy(t.get("regularization"))) {
                pr.add(t);
            }
        }
        List<JsonNode> gr = new ArrayList<>();
        for (JsonNode t : items(g.get("techniques"))) {
            if (PyLib.truthy(t.get("regularization"))) {
                gr.add(t);
            }
        }
        List<String> prl = labels(pr);
        List<GreedyMatch.Pair> m = GreedyMatch.match(prl.size(), gr.size(),
                (i, j) -> SimilarityLib.entrySim(prl.get(i), gr.get(j)));
        score.tally(Category.REGULARIZATION_TECHNIQUES).add(pr.size(), gr.size(), m.size());
    }

    private static void claims(JsonNode g, JsonNode p, Score score, ObjectNode d) {
        List<String> pc = new ArrayList<>();
        for (JsonNode r : items(p.get("results"))) {
            pc.add(r.isObject() ? PyLib.text(r.get("claim")) : PyLib.str(r));
        }
        List<String> gc = new ArrayList<>();
        for (JsonNode r : items(g.get("results"))) {
            gc.add(PyLib.text(r.get("claim")));
        }
        List<GreedyMatch.Pair> m = GreedyMatch.match(pc.size(), gc.size(),
                (i, j) -> SimilarityLib.claimSim(pc.get(i), gc.get(j)));
        score.tally(Category.CLAIMS).add(pc.size(), gc.size(), m.size());
        ObjectNode cd = d.putObject("claims");
        ArrayNode fps = cd.putArray("false_positives");
        unmatched(pc.size(), m, true).forEach(i -> fps.add(PyLib.head(pc.get(i), CLAIM_SHOWN)));
        ArrayNode missed = cd.putArray("missed");
        unmatched(gc.size(), m, false).forEach(j -> missed.add(PyLib.head(gc.get(j), CLAIM_SHOWN)));
    }

    private static void values(JsonNode g, JsonNode p, Score score, ObjectNode d) {
        List<JsonNode> pv = new ArrayList<>();
        for (JsonNode r : items(p.get("results"))) {
            if (r.isObject()) {
                for (JsonNode v : items(r.get("values"))) {
                    if (v.isObject() && SimilarityLib.number(v.get("value")) != null) {
                        pv.add(v);
                    }
                }
            }
        }
        List<JsonNode> gv = new ArrayList<>();
        for (JsonNode r : items(g.get("results"))) {
            for (JsonNode v : items(r.get("values"))) {
                if (SimilarityLib.number(v.get("value")) != null) {
                    gv.add(v);
                }
            }
        }
        List<GreedyMatch.Pair> m = GreedyMatch.match(pv.size(), gv.size(),
                (i, j) -> SimilarityLib.valueSim(pv.get(i), gv.get(j)));
        score.tally(Category.VALUES).add(pv.size(), gv.size(), m.size());
        for (GreedyMatch.Pair pair : m) {
            for (Attachment a : Attachment.values()) {
                JsonNode gk = gv.get(pair.gold()).get(a.key());
                if (PyLib.truthy(gk)) {
                    score.attachment(a, attached(pv.get(pair.pred()).get(a.key()), gk));
                }
            }
        }
        ArrayNode missed = d.putObject("values").putArray("missed");
        unmatched(gv.size(), m, false).forEach(j -> missed.add(PyLib.str(gv.get(j).get("value"))));
    }

    /** A predicted metric or dataset agrees with the gold one: similar, or containing it once normalised. */
    private static boolean attached(JsonNode predicted, JsonNode gold) {
        if (!PyLib.truthy(predicted)) {
            return false;
        }
        String pk = PyLib.text(predicted);
        String gk = PyLib.text(gold);
        return SimilarityLib.phraseSim(pk, gk) > 0 || NormLib.norm(pk).contains(NormLib.norm(gk));
    }

    /** Python's {@code x or []} over a JSON value: the elements of an array, else nothing. */
    static List<JsonNode> items(JsonNode v) {
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    /** {@code labels(items)}: strings as they are, objects by "label" or else "name"; empty ones dropped. */
    static List<String> labels(List<JsonNode> items) {
        List<String> out = new ArrayList<>();
        for (JsonNode it : items) {
            String label = "";
            if (it.isTextual()) {
                label = it.asText();
            } else if (it.isObject()) {
                JsonNode l = PyLib.truthy(it.get("label")) ? it.get("label") : it.get("name");
                label = PyLib.truthy(l) ? PyLib.text(l) : "";
            }
            if (!label.isEmpty()) {
                out.add(label);
            }
        }
        return out;
    }

    private static List<Integer> unmatched(int n, List<GreedyMatch.Pair> m, boolean predSide) {
        Set<Integer> hit = new HashSet<>();
        for (GreedyMatch.Pair pair : m) {
            hit.add(predSide ? pair.pred() : pair.gold());
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!hit.contains(i)) {
                out.add(i);
            }
        }
        return out;
    }
}
