package org.regkg.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.regkg.eval.SimilarityLib;
import org.regkg.facts.Section;
import org.regkg.nlp.ClaimClassifier;
import org.regkg.nlp.RuleKind;
import org.regkg.nlp.RuleSet;
import org.regkg.nlp.Sentence;

/**
 * Trains the claim classifier ({@link ClaimClassifier}) with CoreNLP's ColumnDataClassifier: every
 * abstract sentence of a gold paper is an example, a claim when it overlaps a gold claim as the
 * scorer matches claims (longest common word run at least half the gold sentence).
 */
public final class ClaimTrainer {
    static final String SETTINGS = "/org/regkg/models/claim-classifier.properties";
    static final double MATCH = 0.5;

    private final RuleSet rules;

    public ClaimTrainer(RuleSet rules) {
        this.rules = rules;
    }

    /** One annotated paper: its sentences and its gold annotation. */
    public record Example(List<Sentence> sentences, JsonNode gold) {
    }

    public byte[] train(List<Example> examples) {
        return ColumnDataTraining.train(SETTINGS, lines(examples));
    }

    /** The training lines: one per abstract sentence, answer first. */
    List<String> lines(List<Example> examples) {
        List<String> out = new ArrayList<>();
        for (Example e : examples) {
            List<String> claims = new ArrayList<>();
            e.gold().path("results").forEach(r -> claims.add(r.path("claim").asText("")));
            List<Sentence> abstractSentences = e.sentences().stream().filter(s -> s.section() == Section.ABSTRACT).toList();
            for (Sentence s : abstractSentences) {
                List<RuleSet.Hit> hits = new ArrayList<>();
                boolean vetoed = false;
                for (RuleSet.Hit h : rules.apply(s)) {
                    if (h.rule().kind() == RuleKind.CLAIM) {
                        hits.add(h);
                    } else if (h.rule().kind() == RuleKind.NOT_CLAIM) {
                        vetoed = true;
                    }
                }
                boolean claim = claims.stream().anyMatch(c -> SimilarityLib.claimSim(s.text(), c) >= MATCH);
                out.add(ClaimClassifier.line(claim ? ClaimClassifier.CLAIM : ClaimClassifier.OTHER, s,
                        abstractSentences.size(), hits, vetoed));
            }
        }
        return out;
    }
}
