package org.regkg.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.regkg.nlp.Gazetteer;
import org.regkg.rdf.RKC;

/**
 * The extractor's technique vocabulary comes from the ontology and nowhere else: a new altLabel
 * added to the ontology model is found in tokenised text, and is not found without it.
 */
class AltLabelGazetteerTest {
    static final String WORDING = "frobnication regularizer";
    static final String DROPOUT = RKC.NS + "dropout";

    static Model ontologyWithNewLabel() {
        Model m = Ontology.load();
        m.add(m.createResource(DROPOUT), SKOS.altLabel, m.createLiteral(WORDING, "en"));
        return m;
    }

    static List<CoreLabel> tokens(String... words) {
        return Arrays.stream(words).map(w -> {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            t.setValue(w);
            t.setOriginalText(w);
            return t;
        }).toList();
    }

    static List<String> conceptsFound(Model ontology, List<CoreLabel> tokens) {
        return new Gazetteer(ConceptLexicon.from(ontology)).find(tokens).stream().map(m -> m.concept().iri()).toList();
    }

    @Test
    void theLexiconCarriesTheNewLabel() {
        ConceptLexicon lexicon = ConceptLexicon.from(ontologyWithNewLabel());
        assertThat(lexicon.concepts()).filteredOn(c -> c.iri().equals(DROPOUT))
                .singleElement().satisfies(c -> assertThat(c.labels()).contains(WORDING, "dropout"));
    }

    @Test
    void anAddedAltLabelIsFoundInText() {
        List<CoreLabel> sentence = tokens("We", "train", "with", "a", "frobnication", "regularizer", ".");
        List<Gazetteer.Match> matches = new Gazetteer(ConceptLexicon.from(ontologyWithNewLabel())).find(sentence);
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.concept().iri()).isEqualTo(DROPOUT);
            assertThat(m.start()).isEqualTo(4);
            assertThat(m.end()).isEqualTo(6);
        });
    }

    @Test
    void itsPluralAndCapitalisedFormsAreFoundToo() {
        assertThat(conceptsFound(ontologyWithNewLabel(), tokens("Frobnication", "regularizers", "help", ".")))
                .containsExactly(DROPOUT);
    }

    @Test
    void withoutTheLabelTheWordingIsNotFound() {
        assertThat(conceptsFound(Ontology.load(), tokens("We", "train", "with", "a", "frobnication", "regularizer", ".")))
                .doesNotContain(DROPOUT);
    }
}
