package org.regkg.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The outcome of scoring one prediction set against one gold file. */
public final class Score {
    private final int papers;
    private final int missing;
    private final Map<Category, Tally> tallies = new EnumMap<>(Category.class);
    private final Map<Attachment, int[]> attachments = new EnumMap<>(Attachment.class);
    private final List<ObjectNode> details = new ArrayList<>();

    Score(int papers, int missing) {
        this.papers = papers;
        this.missing = missing;
        for (Category c : Category.values()) {
            tallies.put(c, new Tally());
        }
        for (Attachment a : Attachment.values()) {
            attachments.put(a, new int[2]);
        }
    }

    Tally tally(Category c) {
        return tallies.get(c);
    }

    /** One matched value whose gold side has {@code a}; {@code correct} when the prediction's agrees. */
    void attachment(Attachment a, boolean correct) {
        int[] counts = attachments.get(a);
        counts[1]++;
        if (correct) {
            counts[0]++;
        }
    }

    void detail(ObjectNode paper) {
        details.add(paper);
    }

    /** Gold papers scored. */
    public int papers() {
        return papers;
    }

    /** Gold papers with no prediction (scored as empty). */
    public int missing() {
        return missing;
    }

    public Tally.Prf prf(Category c) {
        return tallies.get(c).prf();
    }

    /** Share of matched values with {@code a} in the gold whose prediction has it right; null when none has. */
    public Double attached(Attachment a) {
        int[] counts = attachments.get(a);
        return counts[1] == 0 ? null : PyLib.round3((double) counts[0] / counts[1]);
    }

    /** Per gold paper: the false positives and misses of each category ({@code --details}). */
    public List<ObjectNode> details() {
        return Collections.unmodifiableList(details);
    }

    /** The report as {@code score.py --json} builds it, with or without the details. */
    public ObjectNode toJson(boolean withDetails) {
        ObjectNode report = JsonNodeFactory.instance.objectNode();
        report.put("papers", papers);
        report.put("papers_missing_from_prediction", missing);
        for (Category c : Category.values()) {
            Tally.Prf r = prf(c);
            ObjectNode o = report.putObject(c.key());
            o.put("precision", r.precision());
            o.put("recall", r.recall());
            o.put("f1", r.f1());
            o.put("tp", r.tp());
            o.put("fp", r.fp());
            o.put("fn", r.fn());
        }
        for (Attachment a : Attachment.values()) {
            report.put("value_" + a.key() + "_attached", attached(a));
        }
        if (withDetails) {
            report.putArray("details").addAll(details);
        }
        return report;
    }
}
