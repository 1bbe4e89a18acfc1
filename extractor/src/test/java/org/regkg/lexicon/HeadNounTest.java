package org.regkg.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.regkg.rdf.RK;
import org.regkg.rdf.RKC;

/** The head nouns of the ontology (rk:headNoun): not labels, one concept each. */
class HeadNounTest {
    @Test
    void aHeadNounLeadsToItsConceptButIsNoLabel() {
        ConceptLexicon lexicon = ConceptLexicon.fromOntology();
        assertThat(lexicon.byHeadNoun("Penalty").iri()).isEqualTo(RKC.NS + "regularization-via-regularization-term");
        assertThat(lexicon.byHeadNoun("prior").iri()).isEqualTo(RKC.NS + "prior-regularization");
        assertThat(lexicon.byHeadNoun("augmentation").iri()).isEqualTo(RKC.NS + "data-augmentation");
        assertThat(lexicon.byHeadNoun("estimator")).isNull();
        assertThat(lexicon.concepts()).noneMatch(c -> c.labels().contains("penalty") || c.labels().contains("prior")
                || c.labels().contains("augmentation"));
    }

    @Test
    void aHeadNounOfTwoConceptsIsAnError() {
        Model m = Ontology.load();
        m.add(m.createResource(RKC.NS + "dropout"), RK.headNoun, m.createLiteral("penalty", "en"));
        assertThatThrownBy(() -> ConceptLexicon.from(m)).hasMessageContaining("\"penalty\" belongs to two concepts");
    }
}
