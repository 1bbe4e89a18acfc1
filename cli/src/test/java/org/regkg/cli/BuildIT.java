package org.regkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through the command line: build a fixture corpus, query it, export it. */
class BuildIT {
    static final Path ROOT = Path.of(System.getProperty("regkg.root", ".."));
    static final Path MINI = ROOT.resolve("cli/src/test/resources/fixtures/mini.txt");
    static final Path BAD = ROOT.resolve("cli/src/test/resources/fixtures/bad-line3.jsonl");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path store;
    static Cli.Run build;

    @BeforeAll
    static void buildOnce() {
        store = dir.resolve("store");
        build = Cli.run("build", "--input", MINI.toString(), "--store", store.toString());
    }

    static List<JsonNode> exportJsonl(Path s) throws IOException {
        Cli.Run r = Cli.run("export", "--format", "jsonl", "--store", s.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    static DatasetGraph dump(Path s) {
        Cli.Run r = Cli.run("export", "--format", "nq", "--store", s.toString());
        assertThat(r.status()).as(r.err()).isZero();
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(r.out(), Lang.NQUADS).parse(dsg);
        return dsg;
    }

    @Test
    void buildReportsASummary() {
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(build.err()).contains("5 papers (0 invalid skipped, 0 duplicates, 0 left out as not conforming)").contains("papers/s");
        assertThat(Files.exists(store.resolve("build.json"))).isTrue();
        assertThat(Files.exists(dir.resolve("store.building"))).isFalse();
    }

    @Test
    void exportFollowsTheFormat() throws IOException {
        List<JsonNode> papers = exportJsonl(store);
        assertThat(papers).hasSize(5);
        JsonNode first = papers.get(0);
        assertThat(first.get("title").asText()).isEqualTo("FooReg: Regularizing Deep Networks with Feature Noise");
        assertThat(first.get("id").asText()).isEqualTo("fooreg-regularizing-deep-networks-with-feature-noise");
        assertThat(first.get("iri").asText()).isEqualTo("http://localhost:3030/paper/fooreg-regularizing-deep-networks-with-feature-noise");
        for (JsonNode p : papers) {
            assertThat(p.has("methods") && p.has("techniques") && p.has("datasets") && p.has("results")).isTrue();
        }
        assertThat(labels(first, "methods")).contains("FooReg");
        assertThat(labels(first, "datasets")).contains("CIFAR-10", "SVHN");
        JsonNode dropout = find(first.get("techniques"), "dropout");
        assertThat(dropout.get("regularization").asBoolean()).isTrue();
        assertThat(dropout.get("concept").asText()).isEqualTo("https://w3id.org/regkg/concept/dropout");
        assertThat(dropout.get("iri").asText()).isEqualTo("http://localhost:3030/technique/dropout");
        JsonNode claim = null;
        for (JsonNode r : first.get("results")) {
            if (r.get("claim").asText().startsWith("Experiments show that FooReg reduces")) {
                claim = r;
            }
        }
        assertThat(claim).as("the claim with a number").isNotNull();
        JsonNode value = claim.get("values").get(0);
        assertThat(value.get("value").asText()).startsWith("1.5");
        assertThat(value.get("unit").asText()).isEqualTo("%");
        assertThat(value.get("direction").asText()).isEqualTo("decrease");
        assertThat(value.get("metric").asText()).isEqualTo("test error");
        assertThat(value.get("dataset").asText()).isEqualTo("CIFAR-10");
    }

    @Test
    void anAcronymAndItsExpansionAreOneEntry() throws IOException {
        JsonNode sgdPaper = exportJsonl(store).get(1);
        List<String> forms = new ArrayList<>();
        for (JsonNode t : sgdPaper.get("techniques")) {
            String label = t.get("label").asText();
            if (label.equals("SGD") || label.contains("stochastic gradient descent")) {
                forms.add(label);
            }
        }
        assertThat(forms).containsExactly("SGD");
    }

    @Test
    void queryPrintsTablesCsvJsonAndTurtle() {
        String count = "PREFIX rk: <https://w3id.org/regkg/ontology#> SELECT (COUNT(?p) AS ?papers) WHERE { ?p a rk:Paper }";
        Cli.Run csv = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e", count);
        assertThat(csv.status()).as(csv.err()).isZero();
        assertThat(csv.out().strip()).isEqualTo("papers\r\n5");
        Cli.Run table = Cli.run("query", "--store", store.toString(), "-e", count);
        assertThat(table.out()).contains("| papers |").contains("| 5 ");
        Cli.Run json = Cli.run("query", "--store", store.toString(), "--format", "json", "-e", count);
        assertThat(json.out()).contains("\"papers\"").contains("\"value\": \"5\"");
        Cli.Run ttl = Cli.run("query", "--store", store.toString(), "-e",
                "PREFIX rk: <https://w3id.org/regkg/ontology#> CONSTRUCT { ?p a rk:Paper } WHERE { ?p a rk:Paper }");
        assertThat(ttl.status()).isZero();
        assertThat(ttl.out()).contains("rk:Paper");
        Cli.Run ask = Cli.run("query", "--store", store.toString(), "-e",
                "PREFIX rkc: <https://w3id.org/regkg/concept/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ASK { rkc:dropout skos:broader+ rkc:regularization }");
        assertThat(ask.out()).contains("yes");
    }

    @Test
    void aBadQueryIsABadInput() {
        Cli.Run r = Cli.run("query", "--store", store.toString(), "-e", "SELECT WHERE {");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("regkg: error: bad query:");
    }

    @Test
    void textIndexFindsTitlesAndLabels() {
        Cli.Run r = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e",
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query 'overparameterized' }");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("http://localhost:3030/paper/implicit-regularization-of-stochastic-gradient-descent-in-");
    }

    @Test
    void twoBuildsGiveIsomorphicGraphs() throws IOException {
        Path second = dir.resolve("second");
        Cli.Run again = Cli.run("build", "--input", MINI.toString(), "--store", second.toString(), "--threads", "1");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(IsoMatcher.isomorphic(dump(store), dump(second))).isTrue();
        assertThat(exportJsonl(second)).isEqualTo(exportJsonl(store));
    }

    @Test
    void aFailedBuildLeavesTheOldStore() throws IOException {
        Path kept = dir.resolve("kept");
        assertThat(Cli.run("build", "--input", MINI.toString(), "--store", kept.toString()).status()).isZero();
        List<JsonNode> before = exportJsonl(kept);
        Cli.Run failed = Cli.run("build", "--input", BAD.toString(), "--store", kept.toString());
        assertThat(failed.status()).isEqualTo(2);
        assertThat(failed.err()).contains("regkg: error: " + BAD + ":3: malformed JSON");
        assertThat(failed.err()).doesNotContain("Exception");
        assertThat(exportJsonl(kept)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("kept.building"))).isFalse();
    }

    @Test
    void skipInvalidBuildsTheRestAndReportsDuplicates() throws IOException {
        Path s = dir.resolve("skip");
        Cli.Run r = Cli.run("build", "--input", BAD.toString(), "--store", s.toString(), "--skip-invalid");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains(BAD + ":3: malformed JSON").contains("(skipped)")
                .contains(BAD + ":5: duplicate paper, built once: same id \"ok-1\"")
                .contains(BAD + ":6: duplicate paper, built once: same title")
                .contains("3 papers (1 invalid skipped, 2 duplicates, 0 left out as not conforming)");
        assertThat(exportJsonl(s)).extracting(p -> p.get("id").asText()).containsExactly("ok-1", "ok-2", "ok-3");
    }

    @Test
    void baseIriOption() throws IOException {
        Path s = dir.resolve("based");
        Path one = dir.resolve("one.jsonl");
        Files.writeString(one, "{\"id\": \"x1\", \"title\": \"T\", \"abstract\": \"We study dropout on MNIST.\"}\n");
        assertThat(Cli.run("build", "--input", one.toString(), "--store", s.toString(), "--base", "https://kg.example.org/").status()).isZero();
        JsonNode p = exportJsonl(s).get(0);
        assertThat(p.get("iri").asText()).isEqualTo("https://kg.example.org/paper/x1");
        assertThat(p.get("techniques").get(0).get("iri").asText()).startsWith("https://kg.example.org/technique/");
    }

    private static List<String> labels(JsonNode paper, String field) {
        List<String> out = new ArrayList<>();
        paper.get(field).forEach(e -> out.add(e.get("label").asText()));
        return out;
    }

    private static JsonNode find(JsonNode list, String label) {
        for (JsonNode e : list) {
            if (e.get("label").asText().equals(label)) {
                return e;
            }
        }
        throw new AssertionError("no entry labelled " + label + " in " + list);
    }

    /** Issue 9, finding 3: --store on a folder that is not a store is refused with exit 2, its files kept. */
    @Test
    void aForeignStoreFolderIsRefused() throws IOException {
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Files.writeString(victim.resolve("keep.txt"), "keep");
        Cli.Run r = Cli.run("build", "--input", MINI.toString(), "--store", victim.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("not empty and not a RegKG store").doesNotContain("Exception");
        assertThat(victim.resolve("keep.txt")).hasContent("keep");
    }

    /** Issue 9, finding 8: an input with no papers does not replace a store, unless --allow-empty. */
    @Test
    void anEmptyInputKeepsTheStoreUnlessAllowed() throws IOException {
        Path kept = dir.resolve("kept-empty");
        assertThat(Cli.run("build", "--input", MINI.toString(), "--store", kept.toString()).status()).isZero();
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Cli.Run r = Cli.run("build", "--input", empty.toString(), "--store", kept.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("no papers to build").contains("--allow-empty");
        assertThat(exportJsonl(kept)).hasSize(5);
        Cli.Run allInvalid = Cli.run("build", "--input", BAD.toString(), "--store", kept.toString(), "--skip-invalid");
        assertThat(allInvalid.status()).isZero();
        Path onlyBad = Files.writeString(dir.resolve("bad.jsonl"), "{\"title\": \"\"}\n");
        assertThat(Cli.run("build", "--input", onlyBad.toString(), "--store", kept.toString(), "--skip-invalid").status()).isEqualTo(2);
        Cli.Run allowed = Cli.run("build", "--input", empty.toString(), "--store", kept.toString(), "--allow-empty");
        assertThat(allowed.status()).as(allowed.err()).isZero();
        assertThat(Cli.run("export", "--format", "jsonl", "--store", kept.toString()).out()).isBlank();
    }

    /** Issue 9, finding 5: ids that differ only in punctuation are two papers with two IRIs. */
    @Test
    void idsThatDifferInPunctuationAreTwoPapers() throws IOException {
        Path in = Files.writeString(dir.resolve("coll.jsonl"),
                "{\"id\":\"a b\",\"title\":\"Dropout helps\",\"abstract\":\"We apply dropout to a CNN on CIFAR-10.\"}\n"
                + "{\"id\":\"a/b\",\"title\":\"Weight decay helps\",\"abstract\":\"We apply weight decay on MNIST.\"}\n");
        Path s = dir.resolve("coll");
        Cli.Run r = Cli.run("build", "--input", in.toString(), "--store", s.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<JsonNode> papers = exportJsonl(s);
        assertThat(papers).extracting(p -> p.get("id").asText()).containsExactlyInAnyOrder("a b", "a/b");
        assertThat(papers.get(0).get("iri").asText()).isNotEqualTo(papers.get(1).get("iri").asText());
    }

    /** Issue 9, finding 8: an id with control and bidi characters reaches the warning escaped, on one line. */
    @Test
    void idsInWarningsAreEscaped() throws IOException {
        Path in = Files.writeString(dir.resolve("ctl.jsonl"),
                "{\"id\":\"x\\u001b[2J\\u202E\\nfake\",\"title\":\"Dropout helps\",\"abstract\":\"We apply dropout.\"}\n"
                + "{\"id\":\"x\\u001b[2J\\u202E\\nfake\",\"title\":\"Other\",\"abstract\":\"We apply dropout.\"}\n");
        Cli.Run r = Cli.run("build", "--input", in.toString(), "--store", dir.resolve("ctl").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("duplicate paper").contains("\\u{001B}[2J\\u{202E}\\nfake")
                .doesNotContain("\u001b").doesNotContain("\u202E");
    }

    /** Issue 9: a few fuzz inputs through the whole command: exit 2, one error line, no stack trace, no store. */
    @Test
    void badInputsFailWithOneLineAndNoStore() throws IOException {
        byte[][] inputs = {
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[".getBytes(),
            {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'},
            "{\"title\":\"T\",\"abstract\":\"A".getBytes(),
        };
        for (int i = 0; i < inputs.length; i++) {
            Path in = dir.resolve("fuzz" + i + ".jsonl");
            Files.write(in, inputs[i]);
            Path s = dir.resolve("fuzz-store" + i);
            Cli.Run r = Cli.run("build", "--input", in.toString(), "--store", s.toString());
            assertThat(r.status()).as(r.err()).isEqualTo(2);
            assertThat(r.err().lines().filter(l -> l.startsWith("regkg: error: " + in)).count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("[Fatal Error]");
            assertThat(s).doesNotExist();
            assertThat(dir.resolve("fuzz-store" + i + ".building")).doesNotExist();
        }
    }
}
