package org.regkg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.regkg.lexicon.Ontology;
import org.regkg.rdf.OA;
import org.regkg.rdf.RK;

/** The SHACL shapes: they parse, a hand-made good graph conforms, and each kind of breakage is caught. */
class ShapesTest {
    static final GraphValidator VALIDATOR = GraphValidator.standard();

    static Resource kg(Model m, String path) {
        return m.createResource(Fixtures.KG + path);
    }

    static Resource rkc(Model m, String slug) {
        return m.createResource("https://w3id.org/regkg/concept/" + slug);
    }

    static void replace(Model m, Resource s, Property p, Object value) {
        m.removeAll(s, p, null);
        m.add(s, p, value instanceof RDFNode n ? n : m.createTypedLiteral(value));
    }

    @Test
    void shapesParse() {
        Shapes shapes = Shapes.parse(Ontology.shapes());
        assertThat(shapes.numRootShapes()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void handMadeGraphConforms() {
        ValidationOutcome outcome = VALIDATOR.validate(Fixtures.union().getGraph());
        assertThat(outcome.conforms()).as(ReportPrinter.print(outcome, 0)).isTrue();
    }

    @Test
    void theWritersGoldenOutputConforms() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(java.nio.file.Path.of(System.getProperty("regkg.root", ".."))
                        .resolve("extractor/src/test/resources/golden/2-rdf-basic/expected.trig"))
                .lang(Lang.TRIG).parse(dsg);
        Model union = ModelFactory.createModelForGraph(dsg.getUnionGraph()).union(Ontology.load());
        ValidationOutcome outcome = VALIDATOR.validate(union.getGraph());
        assertThat(outcome.conforms()).as(ReportPrinter.print(outcome, 0)).isTrue();
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                broken("paper without title", "exactly one non-empty title",
                        m -> m.removeAll(kg(m, "paper/p1"), DCTerms.title, null)),
                broken("paper with two abstracts", "exactly one non-empty abstract",
                        m -> kg(m, "paper/p1").addProperty(DCTerms.abstract_, "Another abstract.")),
                broken("paper without identifier", "identifier",
                        m -> m.removeAll(kg(m, "paper/p1"), DCTerms.identifier, null)),
                broken("confidence 1.5", "rk:confidence",
                        m -> replace(m, kg(m, "paper/p1/fact/technique/data-augmentation"), RK.confidence, new BigDecimal("1.5"))),
                broken("claim confidence -0.1", "rk:confidence",
                        m -> replace(m, kg(m, "paper/p1/result/1"), RK.confidence, new BigDecimal("-0.1"))),
                broken("fact annotation without rule", "rk:rule",
                        m -> m.removeAll(kg(m, "paper/p1/fact/dataset/cifar10"), RK.rule, null)),
                broken("fact annotation without target", "at least one target",
                        m -> m.removeAll(kg(m, "paper/p1/fact/dataset/cifar10"), OA.hasTarget, null)),
                broken("fact annotation with an unknown predicate", "rk:predicate",
                        m -> replace(m, kg(m, "paper/p1/fact/dataset/cifar10"), RK.predicate, RK.claimsResult)),
                broken("fact the annotation records is missing", "The fact this annotation records is missing",
                        m -> m.remove(kg(m, "paper/p1"), RK.evaluatedOn, kg(m, "dataset/cifar10"))),
                broken("quantity without unit", "either a unit (rk:unit) or the marker rk:unitless true",
                        m -> m.removeAll(kg(m, "paper/p1/result/1/quantity/1"), RK.unit, null)),
                broken("quantity with unit and unitless", "either a unit (rk:unit) or the marker rk:unitless true",
                        m -> kg(m, "paper/p1/result/1/quantity/1").addLiteral(RK.unitless, true)),
                broken("quantity whose value is a string", "numeric rk:value",
                        m -> replace(m, kg(m, "paper/p1/result/1/quantity/1"), RK.value, "2.56")),
                broken("quantity with an unknown direction", "rk:direction",
                        m -> replace(m, kg(m, "paper/p1/result/1/quantity/1"), RK.direction, m.createResource(RK.NS + "sideways"))),
                broken("claim without text", "rk:claimText",
                        m -> m.removeAll(kg(m, "paper/p1/result/1"), RK.claimText, null)),
                broken("technique linked to something that is not a concept", "concept of the RegKG scheme",
                        m -> replace(m, kg(m, "technique/frobnication"), RK.concept, m.createResource("http://example.org/not-a-concept"))),
                broken("quote that is not the text at its offsets", "is not the text at 82..90",
                        m -> replace(m, kg(m, "paper/p1/fact/dataset/cifar10/target/1/quote"), OA.exact, "CIFAR-100")),
                broken("offsets beyond the end of the abstract", "lies outside the paper's abstract (91 characters)",
                        m -> replace(m, kg(m, "paper/p1/fact/dataset/cifar10/target/1/position"), OA.end,
                                m.createTypedLiteral("95", XSDDatatype.XSDinteger))),
                broken("start after end", "not after oa:end",
                        m -> replace(m, kg(m, "paper/p1/fact/dataset/cifar10/target/1/position"), OA.start,
                                m.createTypedLiteral("91", XSDDatatype.XSDinteger))),
                broken("negative start", "oa:start",
                        m -> replace(m, kg(m, "paper/p1/fact/dataset/cifar10/target/1/position"), OA.start,
                                m.createTypedLiteral("-1", XSDDatatype.XSDinteger))),
                broken("target in an unknown section", "rk:section",
                        m -> replace(m, kg(m, "paper/p1/fact/dataset/cifar10/target/1"), RK.section, "body")),
                broken("target without sentence", "rk:sentence",
                        m -> m.removeAll(kg(m, "paper/p1/fact/dataset/cifar10/target/1"), RK.sentence, null)),
                broken("concept without definition", "definition",
                        m -> m.removeAll(rkc(m, "dropout"), SKOS.definition, null)),
                broken("concept without a path to a top concept", "reach a top concept",
                        m -> m.removeAll(rkc(m, "cutout"), SKOS.broader, null)),
                broken("label shared by two concepts", "is also a label of",
                        m -> rkc(m, "weight-decay").addProperty(SKOS.altLabel, m.createLiteral("dropout", "en"))),
                broken("resource both method and technique", "both an rk:Method and an rk:Technique",
                        m -> kg(m, "paper/p1/method/cutout").addProperty(org.apache.jena.vocabulary.RDF.type, RK.Technique)));
    }

    static Arguments broken(String name, String message, Consumer<Model> breakIt) {
        return Arguments.of(name, message, breakIt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void brokenGraphDoesNotConform(String name, String message, Consumer<Model> breakIt) {
        Model m = Fixtures.union();
        breakIt.accept(m);
        ValidationOutcome outcome = VALIDATOR.validate(m.getGraph());
        assertThat(outcome.conforms()).as(name).isFalse();
        List<String> messages = outcome.entries().stream().map(ReportEntry::message).toList();
        assertThat(messages).as(ReportPrinter.print(outcome, 0)).anyMatch(s -> s.contains(message));
    }

    @Test
    void reportNamesFocusPathMessageAndCountsPerShape() {
        Model m = Fixtures.union();
        m.removeAll(kg(m, "paper/p1"), DCTerms.title, null);
        String report = ReportPrinter.print(VALIDATOR.validate(m.getGraph()), 10);
        assertThat(report)
                .contains("Does not conform: 1 result on")
                .contains("Violation at <http://example.org/kg/paper/p1>")
                .contains("path:    dcterms:title")
                .contains("A paper needs exactly one non-empty title")
                .contains("Results per shape:")
                .contains("1  rks:PaperShape / dcterms:title");
    }
}
