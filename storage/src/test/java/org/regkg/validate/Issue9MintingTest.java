package org.regkg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.regkg.facts.EntityFact;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Evidence;
import org.regkg.facts.Mention;
import org.regkg.facts.PaperFacts;
import org.regkg.facts.Section;
import org.regkg.ingest.Paper;
import org.regkg.lexicon.Ontology;
import org.regkg.rdf.FactsToRdf;
import org.regkg.rdf.IriMinter;
import org.regkg.rdf.OA;
import org.regkg.rdf.RK;
import org.regkg.store.DerivedData;
import org.regkg.store.StoreGraphs;

/**
 * Issue 9, finding 4: each class of minting bug the corpus sweep ({@code bench/minting-sweep.sh})
 * found, as a small hand-made fixture. Each builds the facts as RDF with the ontology, as a build
 * does, and must conform to the shapes.
 */
class Issue9MintingTest {
    private static final String RKC = "https://w3id.org/regkg/concept/";

    /** arXiv 2602.13315: the title's "Pruning" and the abstract's "% pruning" are two facts with one key. */
    @Test
    void twoFactsWithOneKeyInOnePaperAreOneAnnotation() {
        String title = "IDPruner: Visual Token Pruning for MLLMs";
        String text = "We keep 10% of tokens; at 90% pruning the accuracy holds.";
        Paper p = Paper.of("arXiv:2602.13315", 1, "in.jsonl:1", title, text);
        EntityFact inTitle = technique("Pruning", "pruning", RKC + "pruning", at(Section.TITLE, title, "Pruning", "gazetteer"));
        EntityFact inAbstract = technique("% pruning", "pruning", RKC + "pruning", at(Section.ABSTRACT, text, "% pruning", "technique-np"));
        DatasetGraph g = build(List.of(new PaperFacts(p, List.of(), List.of(inTitle, inAbstract), List.of(), List.of())));
        assertConforms(g);
        assertThat(count(g, OA.hasTarget.getURI())).isEqualTo(2);
        assertThat(count(g, RK.usesTechnique.getURI())).isEqualTo(1);
    }

    /** arxiv-regularization: "Frobenius-norm regularization" and "Frobenius norm regularization" share a key, not a concept. */
    @Test
    void oneKeyUnderTwoConceptsInTwoPapersIsTwoTechniques() {
        String t1 = "Embedding inversion";
        String a1 = "Our framework combines Frobenius-norm regularization with constraints.";
        String t2 = "Tensor low-rank representation";
        String a2 = "It integrates the Frobenius norm regularization terms for noise.";
        PaperFacts f1 = new PaperFacts(Paper.of("p1", 1, "in:1", t1, a1), List.of(),
                List.of(technique("Frobenius-norm regularization", "frobeniusnormregularization", RKC + "regularization",
                        at(Section.ABSTRACT, a1, "Frobenius-norm regularization", "technique-head"))), List.of(), List.of());
        PaperFacts f2 = new PaperFacts(Paper.of("p2", 2, "in:2", t2, a2), List.of(),
                List.of(technique("Frobenius norm regularization", "frobeniusnormregularization", RKC + "parameter-norm-penalty",
                        at(Section.ABSTRACT, a2, "Frobenius norm regularization", "technique-head"))), List.of(), List.of());
        DatasetGraph g = build(List.of(f1, f2));
        assertConforms(g);
        assertThat(count(g, RK.concept.getURI())).isEqualTo(2);
    }

    /** Two keys whose slugs coincide ("CIFAR 10+" and "CIFAR-10-plus") in one paper: one dataset fact. */
    @Test
    void twoKeysWithOneSlugInOnePaperAreOneAnnotation() {
        String text = "We test on CIFAR 10+ and on CIFAR-10-plus again.";
        Paper p = Paper.of("p3", 1, "in:1", "A title", text);
        EntityFact a = dataset("CIFAR 10+", "cifar-10+", at(Section.ABSTRACT, text, "CIFAR 10+", "dataset-np"));
        EntityFact b = dataset("CIFAR-10-plus", "cifar-10-plus", at(Section.ABSTRACT, text, "CIFAR-10-plus", "dataset-np"));
        DatasetGraph g = build(List.of(new PaperFacts(p, List.of(), List.of(), List.of(a, b), List.of())));
        assertConforms(g);
        assertThat(count(g, RK.evaluatedOn.getURI())).isEqualTo(1);
    }

    /** Two proposed methods whose keys give one IRI in one paper, each linked to a concept: one method with one concept. */
    @Test
    void twoMethodsWithOneSlugAreOneMethod() {
        String text = "We propose DropBlock. DROP-BLOCK regularization beats dropout.";
        Paper p = Paper.of("p4", 1, "in:1", "A title", text);
        EntityFact a = new EntityFact(EntityKind.METHOD, "DropBlock", List.of(), "drop block", null,
                List.of(at(Section.ABSTRACT, text, "DropBlock", "method-we-propose")), 0.6);
        EntityFact b = new EntityFact(EntityKind.METHOD, "DROP-BLOCK", List.of(), "drop-block", RKC + "regularization",
                List.of(at(Section.ABSTRACT, text, "DROP-BLOCK", "method-name")), 0.7);
        DatasetGraph g = build(List.of(new PaperFacts(p, List.of(a, b), List.of(), List.of(), List.of())));
        assertConforms(g);
        assertThat(count(g, RK.proposes.getURI())).isEqualTo(1);
    }

    static EntityFact technique(String label, String key, String concept, Mention m) {
        return new EntityFact(EntityKind.TECHNIQUE, label, List.of(), key, concept, List.of(m), 0.85);
    }

    static EntityFact dataset(String label, String key, Mention m) {
        return new EntityFact(EntityKind.DATASET, label, List.of(), key, null, List.of(m), 0.7);
    }

    /** A mention of {@code words} in {@code text}, whose only sentence is the whole text. */
    static Mention at(Section section, String text, String words, String rule) {
        int begin = text.indexOf(words);
        return new Mention(words, new Evidence(section, begin, begin + words.length(), text, 0, rule, 0.8));
    }

    /** The papers' facts with the ontology, and the labels, closure and counts a build derives. */
    static DatasetGraph build(List<PaperFacts> papers) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            Node ontology = NodeFactory.createURI(RK.ONTOLOGY);
            Ontology.load().getGraph().find().forEachRemaining(t -> dsg.add(ontology, t.getSubject(), t.getPredicate(), t.getObject()));
            FactsToRdf rdf = new FactsToRdf(new IriMinter(Fixtures.KG), StreamRDFLib.dataset(dsg), "0.1.0-test");
            rdf.writeActivity("0.1.0-test");
            papers.forEach(rdf::write);
            new DerivedData(StoreGraphs.of(Fixtures.KG)).recompute(dsg);
        });
        return dsg;
    }

    static void assertConforms(DatasetGraph g) {
        ValidationOutcome outcome = GraphValidator.standard().validate(g);
        assertThat(outcome.conforms()).as(ReportPrinter.print(outcome, 5)).isTrue();
    }

    static long count(DatasetGraph g, String predicate) {
        List<Object> out = new ArrayList<>();
        Txn.executeRead(g, () -> g.find(Node.ANY, Node.ANY, NodeFactory.createURI(predicate), Node.ANY).forEachRemaining(out::add));
        return out.size();
    }
}
