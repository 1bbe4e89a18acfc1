package org.regkg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.regkg.facts.Claim;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Section;

/**
 * Decides which abstract sentences are claims (with the claim classifier when there is one, else
 * the sentences a claim rule fired on and no veto rule did) and finds their quantities.
 */
final class ClaimBuilder {
    static final String CLASSIFIER_RULE = "claim-classifier";

    private final QuantityFinder quantities;
    private final ClaimClassifier classifier;

    ClaimBuilder(QuantityFinder quantities, ClaimClassifier classifier) {
        this.quantities = quantities;
        this.classifier = classifier;
    }

    List<Claim> claims(MentionCollector collector) {
        if (classifier != null) {
            return classified(collector);
        }
        List<Claim> out = new ArrayList<>();
        List<Map.Entry<Sentence, List<RuleSet.Hit>>> entries = new ArrayList<>(collector.claimSentences().entrySet());
        entries.sort(Comparator.comparingInt(e -> e.getKey().index()));
        for (Map.Entry<Sentence, List<RuleSet.Hit>> e : entries) {
            Sentence s = e.getKey();
            if (s.section() != Section.ABSTRACT) {
                continue;
            }
            RuleSet.Hit best = e.getValue().stream().max(Comparator.comparingDouble(h -> h.rule().confidence())).orElseThrow();
            List<Candidate> datasets = collector.resolved(EntityKind.DATASET).stream()
                    .filter(c -> c.sentence() == s).toList();
            out.add(new Claim(s.text(), s.evidence(0, s.size(), best.rule().id(), best.rule().confidence()),
                    quantities.find(s, datasets)));
        }
        return out;
    }

    private List<Claim> classified(MentionCollector collector) {
        List<Sentence> abstractSentences = collector.sentences().stream()
                .filter(s -> s.section() == Section.ABSTRACT).toList();
        List<Claim> out = new ArrayList<>();
        for (Sentence s : abstractSentences) {
            double p = classifier.probability(s, abstractSentences.size(), collector.claimHits(s), collector.vetoed(s));
            if (p < classifier.minProbability()) {
                continue;
            }
            List<Candidate> datasets = collector.resolved(EntityKind.DATASET).stream()
                    .filter(c -> c.sentence() == s).toList();
            out.add(new Claim(s.text(), s.evidence(0, s.size(), CLASSIFIER_RULE, EntityMerger.round(p)),
                    quantities.find(s, datasets)));
        }
        return out;
    }
}
