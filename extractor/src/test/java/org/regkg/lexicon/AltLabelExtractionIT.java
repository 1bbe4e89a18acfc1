package org.regkg.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regkg.facts.EntityFact;
import org.regkg.facts.PaperFacts;
import org.regkg.ingest.Paper;
import org.regkg.nlp.NlpPipeline;
import org.regkg.nlp.PaperExtractor;
import org.regkg.nlp.QuantityWords;
import org.regkg.nlp.RuleSet;
import org.regkg.rdf.RKC;

/**
 * The whole extractor (CoreNLP included) finds a wording once it is an altLabel of the ontology:
 * the "adding an altLabel to the ontology makes the extractor find that wording".
 */
class AltLabelExtractionIT {
    static final String WORDING = "frobnication regularizer";
    static final String DROPOUT = RKC.NS + "dropout";
    static NlpPipeline pipeline;

    @BeforeAll
    static void loadPipeline() {
        pipeline = new NlpPipeline();
    }

    static PaperFacts extract(Model ontology) {
        Paper paper = new Paper("alt-1", 1, "test:1", "A Study of Training Tricks",
                "We train image classifiers with a frobnication regularizer. It reduces overfitting on small datasets.",
                List.of("Ann Author"), 2024, null, null, null);
        return new PaperExtractor(pipeline, ConceptLexicon.from(ontology), RuleSet.load(), QuantityWords.load()).extract(paper);
    }

    @Test
    void theExtractorFindsAWordingAddedAsAltLabel() {
        Model m = Ontology.load();
        m.add(m.createResource(DROPOUT), SKOS.altLabel, m.createLiteral(WORDING, "en"));
        List<EntityFact> techniques = extract(m).techniques();
        assertThat(techniques).anySatisfy(t -> {
            assertThat(t.conceptId()).isEqualTo(DROPOUT);
            assertThat(t.mentions()).anySatisfy(x -> assertThat(x.text()).isEqualTo(WORDING));
        });
    }

    @Test
    void withoutTheAltLabelTheWordingIsNotLinkedToTheConcept() {
        List<EntityFact> techniques = extract(Ontology.load()).techniques();
        assertThat(techniques).noneSatisfy(t -> assertThat(t.conceptId()).isEqualTo(DROPOUT));
    }
}
