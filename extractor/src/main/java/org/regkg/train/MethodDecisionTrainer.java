package org.regkg.train;

import java.util.ArrayList;
import java.util.List;
import org.regkg.nlp.MethodDecision;
import org.regkg.nlp.TokenFeatures;

/**
 * Trains the paper-level method decision ({@link MethodDecision}) on the gold methods and
 * techniques of annotated papers, found in their text by {@link SpanAligner}.
 */
public final class MethodDecisionTrainer {
    static final String SETTINGS = "/org/regkg/models/method-decision.properties";

    private final TokenFeatures features;

    public MethodDecisionTrainer(TokenFeatures features) {
        this.features = features;
    }

    public byte[] train(List<MentionTrainer.Example> examples) {
        List<String> lines = new ArrayList<>();
        for (MentionTrainer.Example e : examples) {
            lines.addAll(MethodDecision.trainingLines(e.sentences(), e.tags(), features));
        }
        return ColumnDataTraining.train(SETTINGS, lines);
    }
}
