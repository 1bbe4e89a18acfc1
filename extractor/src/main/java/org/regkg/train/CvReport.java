package org.regkg.train;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.regkg.eval.Attachment;
import org.regkg.eval.Category;
import org.regkg.eval.PyLib;
import org.regkg.eval.Score;
import org.regkg.eval.ScoreReport;

/** Cross-validation scores as mean ± sample standard deviation over folds, per category and subset. */
public final class CvReport {
    private final List<CrossValidation.FoldScore> folds;
    private final Set<String> subsets = new LinkedHashSet<>();

    public CvReport(List<CrossValidation.FoldScore> folds) {
        this.folds = folds;
        subsets.add(CrossValidation.ALL);
        subsets.add(GoldCorpus.CORPUS);
        subsets.add(GoldCorpus.ARXIV);
        folds.forEach(f -> subsets.addAll(f.bySubset().keySet()));
    }

    /** Mean and sample standard deviation of one number over the folds that have it. */
    public record Stat(double mean, double sd, int n) {
        @Override
        public String toString() {
            return n == 0 ? "-" : String.format(Locale.ROOT, "%.3f ± %.3f", mean, sd);
        }
    }

    private Stat stat(String subset, Function<Score, Double> f) {
        List<Double> xs = new ArrayList<>();
        for (CrossValidation.FoldScore fs : folds) {
            Score s = fs.bySubset().get(subset);
            Double x = s == null ? null : f.apply(s);
            if (x != null) {
                xs.add(x);
            }
        }
        if (xs.isEmpty()) {
            return new Stat(0, 0, 0);
        }
        double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double ss = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        double sd = xs.size() > 1 ? Math.sqrt(ss / (xs.size() - 1)) : 0;
        return new Stat(PyLib.round3(mean), PyLib.round3(sd), xs.size());
    }

    public Stat f1(String subset, Category c) {
        return stat(subset, s -> s.papers() == 0 ? null : s.prf(c).f1());
    }

    public Stat attached(String subset, Attachment a) {
        return stat(subset, s -> s.attached(a));
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "cross-validation: %d folds by paper; F1 mean ± sd over folds%n", folds.size()));
        out.append(String.format(Locale.ROOT, "%-28s", "category"));
        for (String s : subsets) {
            out.append(String.format(Locale.ROOT, " %-15s", s));
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-28s", "papers"));
        for (String s : subsets) {
            int n = folds.stream().mapToInt(f -> f.bySubset().containsKey(s) ? f.bySubset().get(s).papers() : 0).sum();
            out.append(String.format(Locale.ROOT, " %-15d", n));
        }
        out.append('\n');
        for (Category c : Category.values()) {
            out.append(String.format(Locale.ROOT, "%-28s", c.key()));
            for (String s : subsets) {
                out.append(String.format(Locale.ROOT, " %-15s", f1(s, c)));
            }
            out.append('\n');
        }
        for (Attachment a : Attachment.values()) {
            out.append(String.format(Locale.ROOT, "%-28s", "value " + a.key() + " attached"));
            for (String s : subsets) {
                out.append(String.format(Locale.ROOT, " %-15s", attached(s, a)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Per fold, per gold paper: the misses and false positives ({@code --details}). */
    public String details() {
        StringBuilder out = new StringBuilder();
        for (CrossValidation.FoldScore f : folds) {
            out.append("fold ").append(f.fold() + 1).append('\n');
            out.append(ScoreReport.details(f.bySubset().get(CrossValidation.ALL)));
        }
        return out.toString();
    }

    public ObjectNode json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("folds", folds.size());
        for (String s : subsets) {
            ObjectNode sub = root.putObject(s);
            for (Category c : Category.values()) {
                Stat st = f1(s, c);
                ObjectNode o = sub.putObject(c.key());
                o.put("f1_mean", st.mean());
                o.put("f1_sd", st.sd());
                o.put("precision_mean", stat(s, x -> x.papers() == 0 ? null : x.prf(c).precision()).mean());
                o.put("recall_mean", stat(s, x -> x.papers() == 0 ? null : x.prf(c).recall()).mean());
            }
            for (Attachment a : Attachment.values()) {
                Stat st = attached(s, a);
                ObjectNode o = sub.putObject("value_" + a.key() + "_attached");
                o.put("mean", st.mean());
                o.put("sd", st.sd());
            }
        }
        return root;
    }
}
