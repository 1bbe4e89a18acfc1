package org.regkg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regkg.lexicon.Ontology;

/**
 * Per-paper validation takes a short cut (the shapes' SPARQL constraints run once over the paper,
 * the rest by SHACL); it must give the verdict and first violation a full SHACL validation gives.
 */
class PaperValidatorTest {
    static final PaperValidator VALIDATOR = new PaperValidator(Ontology.shapes(), Ontology.load().getGraph());

    @Test
    void theShippedShapesTakeTheShortCut() {
        assertThat(VALIDATOR.takesShortCut()).isTrue();
        // with the concept shapes' targets (as `validate` checks a store) one query does not bind $this at the top
        assertThat(SparqlConstraintCheck.of(Shapes.parse(Ontology.shapes()))).isEmpty();
    }

    @Test
    void aConformingPaperConforms() {
        Model m = Fixtures.facts();
        assertThat(VALIDATOR.firstViolation(m.getGraph())).isEmpty();
        assertThat(VALIDATOR.firstViolationByShacl(m.getGraph())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.regkg.validate.ShapesTest#breakages")
    void aBrokenPaperGetsTheVerdictAndFirstViolationOfFullShacl(String name, String message, Consumer<Model> breakIt) {
        Model m = Fixtures.facts();
        breakIt.accept(m);
        Optional<String> full = VALIDATOR.firstViolationByShacl(m.getGraph());
        assertThat(VALIDATOR.firstViolation(m.getGraph())).as(name).isEqualTo(full);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.regkg.validate.ShapesTest#breakages")
    void sparqlBreakagesAreCaughtOnThePaperAlone(String name, String message, Consumer<Model> breakIt) {
        Model m = Fixtures.facts();
        breakIt.accept(m);
        if (message.contains("is not the text") || message.contains("lies outside") || message.contains("records is missing")) {
            assertThat(VALIDATOR.firstViolation(m.getGraph())).as(name).isPresent();
        }
    }

    @Test
    void queriesThatDoNotBindThisAtTheTopAreNotShortCut() {
        String prefix = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";
        assertThat(SparqlConstraintCheck.checkable(QueryFactory.create(prefix
                + "SELECT $this WHERE { FILTER NOT EXISTS { $this skos:broader ?top } }"))).isFalse();
        assertThat(SparqlConstraintCheck.checkable(QueryFactory.create(prefix
                + "SELECT $this WHERE { OPTIONAL { $this skos:broader ?top } }"))).isFalse();
        assertThat(SparqlConstraintCheck.checkable(QueryFactory.create(prefix
                + "SELECT $this WHERE { $this skos:broader ?top { SELECT ?top WHERE { ?top skos:broader ?x } } }"))).isFalse();
        assertThat(SparqlConstraintCheck.checkable(QueryFactory.create(prefix
                + "SELECT $this WHERE { $this skos:broader ?top FILTER NOT EXISTS { ?top skos:broader $this } }"))).isTrue();
    }
}
