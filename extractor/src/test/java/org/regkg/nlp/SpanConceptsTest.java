package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Section;
import org.regkg.lexicon.ConceptLexicon;
import org.regkg.rdf.RKC;
import org.regkg.train.TrainingTestData;

/** Which concept a span of the mention model is tied to. */
class SpanConceptsTest {
    static final ConceptLexicon LEXICON = ConceptLexicon.fromOntology();
    static final Gazetteer GAZETTEER = new Gazetteer(LEXICON);
    final SpanConcepts concepts = new SpanConcepts(LEXICON);

    @Test
    void aSpanThatIsALabelIsThatConceptExactly() {
        Candidate c = tie("we/PRP use/VBP dropout/NN here/RB", EntityKind.TECHNIQUE, 2, 3);
        assertThat(c.concept().iri()).isEqualTo(RKC.NS + "dropout");
        assertThat(c.exactConcept()).isTrue();
    }

    @Test
    void aTechniqueEndingInALabelIsAKindOfItsConcept() {
        Candidate c = tie("with/IN frobnicated/JJ dropout/NN", EntityKind.TECHNIQUE, 1, 3);
        assertThat(c.concept().iri()).isEqualTo(RKC.NS + "dropout");
        assertThat(c.exactConcept()).isFalse();
    }

    @Test
    void aTechniqueEndingInAHeadNounIsAnInstanceOfItsConcept() {
        Candidate penalty = tie("a/DT mutual-information/NN penalty/NN", EntityKind.TECHNIQUE, 1, 3);
        assertThat(penalty.concept().iri()).isEqualTo(RKC.NS + "regularization-via-regularization-term");
        assertThat(penalty.exactConcept()).isFalse();
        // the lemma counts: "shape priors"
        Sentence s = TrainingTestData.sentence(Section.ABSTRACT, 0, "shape/NN priors/NNS");
        s.tokens().get(1).setLemma("prior");
        Candidate priors = concepts.candidate(s, new MentionTagger.Span(EntityKind.TECHNIQUE, 0, 2, 0.9), GAZETTEER.find(s.tokens()));
        assertThat(priors.concept().iri()).isEqualTo(RKC.NS + "prior-regularization");
    }

    @Test
    void aHeadNounAloneOrAnotherKindIsNoConcept() {
        assertThat(tie("the/DT penalty/NN", EntityKind.TECHNIQUE, 1, 2).concept()).isNull();
        assertThat(tie("a/DT mutual-information/NN penalty/NN", EntityKind.METHOD, 1, 3).concept()).isNull();
        assertThat(tie("a/DT mutual-information/NN estimator/NN", EntityKind.TECHNIQUE, 1, 3).concept()).isNull();
    }

    private Candidate tie(String tagged, EntityKind kind, int start, int end) {
        Sentence s = TrainingTestData.sentence(Section.ABSTRACT, 0, tagged);
        return concepts.candidate(s, new MentionTagger.Span(kind, start, end, 0.9), GAZETTEER.find(s.tokens()));
    }
}
