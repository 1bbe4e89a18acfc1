package org.regkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.regkg.facts.Claim;
import org.regkg.facts.Direction;
import org.regkg.facts.EntityFact;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Evidence;
import org.regkg.facts.Mention;
import org.regkg.facts.PaperFacts;
import org.regkg.facts.Quantity;
import org.regkg.facts.Section;
import org.regkg.ingest.Paper;

/**
 * Golden test: hand-made facts of one paper give exactly the graph in
 * {@code golden/2-rdf-basic/expected.trig} (compared by isomorphism). Run with
 * {@code -Dregkg.updateGolden=true} to rewrite the file after a deliberate change, then review it.
 */
public class FactsToRdfTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/2-rdf-basic/expected.trig");
    static final String TITLE = "Cutout: Better Regularization";
    static final String ABSTRACT = "We propose Cutout, a data augmentation method. "
            + "Cutout reaches 2.56% test error on CIFAR-10 with dropout.";

    public static PaperFacts facts() {
        Paper paper = new Paper("p1", 1, "in.jsonl:1", TITLE, ABSTRACT, List.of("Ann Author"), 2017,
                "https://example.org/cutout", "10.1/cutout", "1708.04552");
        String s1 = "We propose Cutout, a data augmentation method.";
        String s2 = "Cutout reaches 2.56% test error on CIFAR-10 with dropout.";
        int s2Begin = ABSTRACT.indexOf(s2);
        Evidence title = new Evidence(Section.TITLE, 0, 6, TITLE, 0, "method-title-name", 0.85);
        Evidence cutout = new Evidence(Section.ABSTRACT, 11, 17, s1, 0, "method-we-propose", 0.6);
        Evidence augmentation = new Evidence(Section.ABSTRACT, 21, 38, s1, 0, "gazetteer", 0.85);
        Evidence dropout = new Evidence(Section.ABSTRACT, s2Begin + 49, s2Begin + 56, s2, s2Begin, "gazetteer", 0.85);
        Evidence cifar = new Evidence(Section.ABSTRACT, s2Begin + 35, s2Begin + 43, s2, s2Begin, "dataset-after-preposition", 0.7);
        Evidence claim = new Evidence(Section.ABSTRACT, s2Begin, s2Begin + s2.length(), s2, s2Begin, "claim-number-unit", 0.6);
        Evidence number = new Evidence(Section.ABSTRACT, s2Begin + 15, s2Begin + 20, s2, s2Begin, "quantity-in-claim", 0.8);
        return new PaperFacts(paper,
                List.of(new EntityFact(EntityKind.METHOD, "Cutout", List.of(), "cutout", null,
                        List.of(new Mention("Cutout", title), new Mention("Cutout", cutout)), 0.94)),
                List.of(new EntityFact(EntityKind.TECHNIQUE, "data augmentation", List.of(), "data-augmentation",
                                "https://w3id.org/regkg/concept/data-augmentation", List.of(new Mention("data augmentation", augmentation)), 0.85),
                        new EntityFact(EntityKind.TECHNIQUE, "dropout", List.of(), "dropout",
                                "https://w3id.org/regkg/concept/dropout", List.of(new Mention("dropout", dropout)), 0.85)),
                List.of(new EntityFact(EntityKind.DATASET, "CIFAR-10", List.of(), "cifar10", null,
                        List.of(new Mention("CIFAR-10", cifar)), 0.7)),
                List.of(new Claim(s2, claim, List.of(new Quantity("2.56%", new BigDecimal("2.56"), "%", "test error",
                        "CIFAR-10", Direction.ABSOLUTE, number)))));
    }

    static DatasetGraph write(PaperFacts facts, String base) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        FactsToRdf rdf = new FactsToRdf(new IriMinter(base), StreamRDFLib.dataset(dsg), "0.1.0-test");
        rdf.writeActivity("0.1.0-test");
        rdf.write(facts);
        return dsg;
    }

    @Test
    void factsGiveTheGoldenGraph() throws IOException {
        DatasetGraph actual = write(facts(), "http://example.org/kg/");
        if (Boolean.getBoolean("regkg.updateGolden")) {
            try (OutputStream out = Files.newOutputStream(GOLDEN)) {
                RDFDataMgr.write(out, actual, RDFFormat.TRIG_PRETTY);
            }
        }
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(GOLDEN.toString(), Lang.TRIG);
        assertThat(IsoMatcher.isomorphic(expected, actual))
                .as("graph differs from %s", GOLDEN).isTrue();
    }

    @Test
    void sameFactsGiveTheSameGraphTwice() {
        assertThat(IsoMatcher.isomorphic(write(facts(), "http://example.org/kg/"), write(facts(), "http://example.org/kg/"))).isTrue();
    }

    @Test
    void baseIriIsHonoured() {
        DatasetGraph g = write(facts(), "https://kg.example.net/regkg");
        assertThat(g.listGraphNodes()).toIterable().extracting(n -> n.getURI())
                .containsExactly("https://kg.example.net/regkg/graph/facts");
        assertThat(org.apache.jena.atlas.iterator.Iter.toList(g.find())).allSatisfy(q -> {
            if (q.getSubject().isURI() && !q.getSubject().getURI().startsWith("https://w3id.org/")) {
                assertThat(q.getSubject().getURI()).startsWith("https://kg.example.net/regkg/");
            }
        });
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        String text = "The \uD835\uDCC1\u2082 penalty and dropout.";
        int begin = text.indexOf("dropout");
        Paper paper = Paper.of("p2", 1, "x", "T", text);
        Evidence e = new Evidence(Section.ABSTRACT, begin, begin + 7, text, 0, "gazetteer", 0.85);
        PaperFacts f = new PaperFacts(paper, List.of(),
                List.of(new EntityFact(EntityKind.TECHNIQUE, "dropout", List.of(), "dropout", null,
                        List.of(new Mention("dropout", e)), 0.85)), List.of(), List.of());
        DatasetGraph g = write(f, "http://example.org/kg/");
        var start = org.apache.jena.graph.NodeFactory.createURI(OA.start.getURI());
        var found = org.apache.jena.atlas.iterator.Iter.toList(g.find(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, start, org.apache.jena.graph.Node.ANY));
        assertThat(found).singleElement().satisfies(q ->
                assertThat(q.getObject().getLiteralLexicalForm()).isEqualTo(Integer.toString(text.codePointCount(0, begin))));
        assertThat(text.codePointCount(0, begin)).isEqualTo(begin - 1);
    }
}
