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
        base = write(dir, "base.jsonl", 0, 5);
        extra = write(dir, "extra.jsonl", 5, 7);
    }

    /**
     * Writes the papers {@code from} (inclusive) to {@code to} of the bundled corpus into
     * {@code dir/name} as JSON Lines, with ids NAME-1, NAME-2, ... (NAME without .jsonl).
     */
    static Path write(Path dir, String name, int from, int to) throws IOException {
        List<Paper> papers = new ArrayList<>();
        try (PaperSource s = new PaperSources().open(CORPUS, null)) {
            while (s.hasNext() && papers.size() < to) {
                papers.add(s.next());
            }
        }
        ObjectMapper om = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (Paper p : papers.subList(from, to)) {
            i++;
            sb.append(om.writeValueAsString(java.util.Map.of("id", name.replace(".jsonl", "") + "-" + i,
                    "title", p.title(), "abstract", p.abstractText()))).append('\n');
        }
        Path f = dir.resolve(name);
        Files.writeString(f, sb.toString());
        return f;
    }

    static void assertSameGraphs(Path a, Path b) {
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
        assertThat(again.status()).as("same ids replace the papers: %s", again.err()).isZero();
        assertSameGraphs(full, incremental);

        Cli.Run remove = Cli.run("remove", "--id", "extra-1", "--id", "extra-2", "--store", incremental.toString());
        assertThat(remove.status()).as(remove.err()).isZero();
        assertSameGraphs(baseOnly, incremental);
    }

    /**
     * Removing papers ends in a full build of the rest: a technique or dataset whose last paper
     * goes loses its counts and label, concepts and pairs of concepts are recounted, the listings
     * renumbered; adding them back, in another order than the first build, ends in the full build.
     * (One paper a file, so that every paper keeps its input position in every build.)
     */
    @Test
    void removingAndAddingBackEqualFullBuilds() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            files.add(write(dir, "q" + (i + 1) + ".jsonl", i, i + 1));
        }
        Path full = build("full-7", files);
        Path rest = build("rest", List.of(files.get(1), files.get(3), files.get(4), files.get(5)));
        Path changed = build("changed", files);

        Cli.Run remove = Cli.run("remove", "--id", "q1-1", "--id", "q3-1", "--id", "q7-1", "--store", changed.toString());
        assertThat(remove.status()).as(remove.err()).isZero();
        assertSameGraphs(rest, changed);

        Cli.Run add = Cli.run("add", "--input", files.get(6).toString(), "--input", files.get(2).toString(),
                "--input", files.get(0).toString(), "--store", changed.toString());
        assertThat(add.status()).as(add.err()).isZero();
        assertSameGraphs(full, changed);
    }

    private static Path build(String name, List<Path> inputs) {
        Path store = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("build", "--store", store.toString()));
        inputs.forEach(f -> args.addAll(List.of("--input", f.toString())));
        Cli.Run r = Cli.run(args.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        return store;
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
        return title(extra, 0);
    }

    /** The title of paper {@code index} of a JSON Lines file, without characters that Lucene's query syntax reads. */
    static String title(Path file, int index) {
        try {
            String line = Files.readAllLines(file).get(index);
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
