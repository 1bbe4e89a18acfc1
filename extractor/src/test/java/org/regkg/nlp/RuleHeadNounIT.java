package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regkg.facts.EntityFact;
import org.regkg.ingest.Paper;
import org.regkg.rdf.RKC;

/** A technique a rule finds is tied to the concept of its head noun, as the mention model's spans are. */
class RuleHeadNounIT {
    static PaperExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = PaperExtractor.rulesOnly();
    }

    static List<EntityFact> techniques(String abstractText) {
        Paper paper = new Paper("hn-1", 1, "test:1", "Disentangled Representations for Control", abstractText,
                List.of("Ann Author"), 2024, null, null, null);
        return extractor.extract(paper).techniques();
    }

    @Test
    void aRulePhraseEndingInAHeadNounIsARegularizer() {
        List<EntityFact> ts = techniques("We add a mutual-information penalty to the training objective. "
                + "The encoder then separates the factors of variation.");
        assertThat(ts).filteredOn(t -> t.label().equals("mutual-information penalty")).singleElement()
                .satisfies(t -> assertThat(t.conceptId()).isEqualTo(RKC.NS + "regularization-via-regularization-term"));
    }
}
