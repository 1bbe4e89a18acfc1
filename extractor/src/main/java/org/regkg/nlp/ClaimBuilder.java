package org.regkg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.regkg.facts.Claim;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Section;

/** Turns the sentences a claim rule fired on into claims with their quantities. */
final class ClaimBuilder {
    private final QuantityFinder quantities;

    ClaimBuilder(QuantityFinder quantities) {
        this.quantities = quantities;
    }

    List<Claim> claims(MentionCollector collector) {
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
}
