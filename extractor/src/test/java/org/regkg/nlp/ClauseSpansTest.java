package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Section;
import org.regkg.train.TrainingTestData;

/** A method or technique name ends where a clause begins. */
class ClauseSpansTest {
    final ClauseSpans clauses = ClauseSpans.load();

    @Test
    void aSpanOverAFiniteVerbEndsBeforeIt() {
        assertThat(cut("regularization/NN objective/NN reduces/VBZ Sinkhorn/NNP distances/NNS")).isEqualTo("regularization objective");
        assertThat(cut("OpenWebText/NNP surpass/VBP prior/JJ diffusion/NN models/NNS")).isEqualTo("OpenWebText");
        // and before the adverbs in front of the verb
        assertThat(cut("Naive/JJ imputation/NN implicitly/RB regularizes/VBZ linear/JJ models/NNS")).isEqualTo("Naive imputation");
    }

    @Test
    void aRelativeClauseOfTheNameStays() {
        String name = "Dual-Anchor/NNP Constraint/NNP that/WDT regularizes/VBZ learnable/JJ prompts/NNS";
        assertThat(cut(name)).isEqualTo("Dual-Anchor Constraint that regularizes learnable prompts");
    }

    @Test
    void wordsTheTaggerMistakesForVerbsStay() {
        // a name's last word, a capitalised word and a past tense (often a participle) are no clause
        assertThat(cut("per-layer/JJ prompts/VBZ")).isEqualTo("per-layer prompts");
        assertThat(cut("Riemannian/JJ Gradient/NNP Flows/VBZ Assignment/NNP")).isEqualTo("Riemannian Gradient Flows Assignment");
        assertThat(cut("static/JJ supervised/VBD fine-tuning/NN")).isEqualTo("static supervised fine-tuning");
    }

    private String cut(String tagged) {
        Sentence s = TrainingTestData.sentence(Section.ABSTRACT, 0, tagged);
        MentionTagger.Span span = clauses.cut(s, new MentionTagger.Span(EntityKind.TECHNIQUE, 0, s.size(), 0.9));
        return s.span(span.start(), span.end());
    }
}
