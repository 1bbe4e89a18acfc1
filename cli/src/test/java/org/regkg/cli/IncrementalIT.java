package org.regkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkg.ingest.Paper;
import org.regkg.ingest.PaperSource;
import org.regkg.ingest.PaperSources;

/**
 * {@code add} and {@code remove} end in the same store as a full build of the same papers: every
 * named graph (facts, derived, statistics, ontology) isomorphic; and they refuse ids the store
 * does not hold without touching it.
 */
class IncrementalIT {
    static final Path CORPUS = BuildIT.ROOT.resolve("data/abstracts.txt");
    @TempDir
    static Path dir;
    static Path base;
    static Path extra;

    @BeforeAll
    static void corpora() throws IOException {
        List<Paper> papers = new ArrayList<>();
        try (PaperSource s = new PaperSources().open(CORPUS, null)) {
            while (s.hasNext() && papers.size() < 7) {
                papers.add(s.next());
            }
        }
        base = write("base.jsonl", papers.subList(0, 5));
        extra = write("extra.jsonl", papers.subList(5, 7));
    }

    private static Path write(String name, List<Paper> papers) throws IOException {
        ObjectMapper om = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (Paper p : papers) {
            i++;
            sb.append(om.writeValueAsString(java.util.Map.of("id", name.replace(".jsonl", "") + "-" + i,
                    "title", p.title(), "abstract", p.abstractText()))).append('\n');
        }
        Path f = dir.resolve(name);
        Files.writeString(f, sb.toString());
        return f;
    }

    private static void assertSameGraphs(Path a, Path b) {
        DatasetGraph x = BuildIT.dump(a);
        DatasetGraph y = BuildIT.dump(b);
        List<Node> names = new ArrayList<>();
        x.listGraphNodes().forEachRemaining(names::add);
        List<Node> others = new ArrayList<>();
        y.listGraphNodes().forEachRemaining(others::add);
        assertThat(others).containsExactlyInAnyOrderElementsOf(names);
        for (Node g : names) {
            assertThat(x.getGraph(g).isIsomorphicWith(y.getGraph(g))).as("graph %s", g).isTrue();
        }
    }

    @Test
    void addAndRemoveEqualFullBuilds() {
        Path full = dir.resolve("full");
        Path incremental = dir.resolve("incremental");
        Path baseOnly = dir.resolve("base-only");
        assertThat(Cli.run("build", "--input", base.toString(), "--input", extra.toString(), "--store", full.toString()).status()).isZero();
        assertThat(Cli.run("build", "--input", base.toString(), "--store", incremental.toString()).status()).isZero();
        assertThat(Cli.run("build", "--input", base.toString(), "--store", baseOnly.toString()).status()).isZero();

        Cli.Run add = Cli.run("add", "--input", extra.toString(), "--store", incremental.toString());
        assertThat(add.status()).as(add.err()).isZero();
        assertThat(add.err()).contains("added 2 papers");
        assertSameGraphs(full, incremental);

        Cli.Run again = Cli.run("add", "--input", extra.toString(), "--store", incremental.toString());
        assertThat(again.status()).as("same ids replace the papers").isZero();
        assertSameGraphs(full, incremental);

        Cli.Run remove = Cli.run("remove", "--id", "extra-1", "--id", "extra-2", "--store", incremental.toString());
        assertThat(remove.status()).as(remove.err()).isZero();
        assertSameGraphs(baseOnly, incremental);
    }

    @Test
    void theTextIndexFollowsAddAndRemove() {
        Path s = dir.resolve("text");
        assertThat(Cli.run("build", "--input", base.toString(), "--store", s.toString()).status()).isZero();
        String title = extraTitle();
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?p WHERE { ?p text:query '\\\"" + title + "\\\"' }";
        assertThat(Cli.run("query", "--store", s.toString(), "--format", "csv", "-e", query).out()).doesNotContain("extra-1");
        assertThat(Cli.run("add", "--input", extra.toString(), "--store", s.toString()).status()).isZero();
        assertThat(Cli.run("query", "--store", s.toString(), "--format", "csv", "-e", query).out()).contains("paper/extra-1");
        assertThat(Cli.run("remove", "--id", "extra-1", "--store", s.toString()).status()).isZero();
        assertThat(Cli.run("query", "--store", s.toString(), "--format", "csv", "-e", query).out()).doesNotContain("extra-1");
    }

    /** The title of the first extra paper, without characters that Lucene's query syntax reads. */
    private static String extraTitle() {
        try {
            String line = Files.readAllLines(extra).get(0);
            String title = new ObjectMapper().readTree(line).path("title").asText();
            return title.replaceAll("[^\\p{L}\\p{N} ]", " ").trim();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void removingAnUnknownIdChangesNothing() {
        Path s = dir.resolve("unknown");
        assertThat(Cli.run("build", "--input", base.toString(), "--store", s.toString()).status()).isZero();
        Cli.Run r = Cli.run("remove", "--id", "base-1", "--id", "no-such-paper", "--store", s.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-paper");
        assertThat(Cli.run("query", "--store", s.toString(), "--format", "csv", "-e",
                "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/regkg/ontology#Paper> }").out()).contains("5");
        assertThat(Files.exists(Path.of(s + ".building"))).isFalse();
    }
}
