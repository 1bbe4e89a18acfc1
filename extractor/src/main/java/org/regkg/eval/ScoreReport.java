package org.regkg.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** The printed forms of a score: the table of {@code score.py}, its details lines and the curve table. */
public final class ScoreReport {
    private ScoreReport() {
    }

    /** The summary table, line for line as {@code score.py} prints it. */
    public static String table(Score s) {
        StringBuilder out = new StringBuilder();
        out.append("papers: ").append(s.papers()).append("  missing from prediction: ").append(s.missing()).append('\n');
        for (Category c : Category.values()) {
            out.append(String.format(Locale.ROOT, "%-28s %s%n", c.key(), prf(s.prf(c))));
        }
        for (Attachment a : Attachment.values()) {
            out.append("value ").append(a.key()).append(" attached correctly: ").append(repr(s.attached(a))).append('\n');
        }
        return out.toString();
    }

    /** One JSON line per gold paper: its false positives and misses ({@code score.py --details}). */
    public static String details(Score s) {
        StringBuilder out = new StringBuilder();
        PyJsonWriter w = PyJsonWriter.compact();
        for (ObjectNode d : s.details()) {
            out.append(w.write(d)).append('\n');
        }
        return out.toString();
    }

    /** The confidence curve: each category's P/R/F1 at each threshold, then the value attachments. */
    public static String curve(List<ConfidenceCurve.Point> points) {
        StringBuilder out = new StringBuilder("confidence curve: the facts with confidence >= C\n");
        for (Category c : Category.values()) {
            String name = c.key();
            for (ConfidenceCurve.Point p : points) {
                out.append(String.format(Locale.ROOT, "%-28s C >= %.1f  %s%n", name, p.minConfidence(), prf(p.score().prf(c))));
                name = "";
            }
        }
        for (Attachment a : Attachment.values()) {
            String name = "value " + a.key() + " attached";
            for (ConfidenceCurve.Point p : points) {
                out.append(String.format(Locale.ROOT, "%-28s C >= %.1f  %s%n", name, p.minConfidence(), repr(p.score().attached(a))));
                name = "";
            }
        }
        return out.toString();
    }

    private static String prf(Tally.Prf r) {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)",
                r.precision(), r.recall(), r.f1(), r.tp(), r.fp(), r.fn());
    }

    private static String repr(Double x) {
        return x == null ? "None" : PyLib.floatRepr(x);
    }
}
