package org.regkg.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkg.cli.Main;
import org.regkg.lexicon.Ontology;
import org.regkg.rdf.RK;
import org.regkg.store.StoreException;
import org.regkg.store.StoreLayout;
import org.regkg.store.StoreLib;
import org.regkg.store.StoreWriter;

/**
 * Validation around a store: a build refuses to swap in a store that violates the shapes and
 * keeps the old one, and {@code regkg validate} reports on a store with exit status 0 or 1.
 */
class ValidatedStoreTest {
    static final String KG = "http://example.org/kg/";
    static final String FACTS = KG + "graph/facts";
    /** The store module's hand-made conforming facts graph (see its validate.Fixtures). */
    static final Path CONFORMING = Path.of(System.getProperty("regkg.root", ".."))
            .resolve("storage/src/test/resources/validate/conforming.ttl");

    static Model conforming() {
        return RDFDataMgr.loadModel(CONFORMING.toString());
    }

    @TempDir
    Path dir;

    static Model brokenFacts() {
        Model m = conforming();
        m.removeAll(m.createResource(KG + "paper/p1"), DCTerms.title, null);
        return m;
    }

    static void write(StoreWriter writer, Model facts) {
        try (writer) {
            writer.loadGraph(RK.ONTOLOGY, Ontology.load());
            writer.loadGraph(FACTS, facts);
            writer.commit();
        }
    }

    static StoreWriter validating(StoreLayout layout) {
        return new StoreWriter(layout, GraphValidator.standard()::requireConforms);
    }

    record Run(int status, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(out, new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static long titles(StoreLayout layout) {
        Dataset ds = StoreLib.open(layout);
        try {
            return Txn.calculateRead(ds, () -> ds.getUnionModel()
                    .listStatements(ds.getUnionModel().createResource(KG + "paper/p1"), DCTerms.title, (String) null)
                    .toList().size());
        } finally {
            ds.close();
        }
    }

    @Test
    void aViolatingBuildIsRefusedAndTheOldStoreKept() {
        StoreLayout layout = new StoreLayout(dir.resolve("store"));
        write(validating(layout), conforming());
        assertThat(titles(layout)).isEqualTo(1);

        assertThatThrownBy(() -> write(validating(layout), brokenFacts()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("does not conform")
                .hasMessageContaining("A paper needs exactly one non-empty title");
        assertThat(titles(layout)).isEqualTo(1);
    }

    @Test
    void validateCommandExitsZeroOnAConformingStore() {
        StoreLayout layout = new StoreLayout(dir.resolve("good"));
        write(validating(layout), conforming());
        Run r = cli("validate", "--store", layout.root().toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Conforms:");
    }

    @Test
    void validateCommandExitsOneAndReportsOnAViolatingStore() {
        StoreLayout layout = new StoreLayout(dir.resolve("bad"));
        write(new StoreWriter(layout), brokenFacts());
        Run r = cli("validate", "--store", layout.root().toString());
        assertThat(r.status()).as(r.err()).isEqualTo(1);
        assertThat(r.out())
                .contains("Does not conform")
                .contains("<http://example.org/kg/paper/p1>")
                .contains("A paper needs exactly one non-empty title")
                .contains("rks:PaperShape / dcterms:title");
    }

    @Test
    void validateCommandFailsClearlyWithoutAStore() {
        Run r = cli("validate", "--store", dir.resolve("none").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no RegKG store");
    }
}
