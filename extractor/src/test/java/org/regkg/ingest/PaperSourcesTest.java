package org.regkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperSourcesTest {
    private static final String HEADER = "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\n";

    @TempDir
    Path dir;

    private final PaperSources sources = new PaperSources();

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private List<Paper> readAll(Path p, InputFormat f) {
        List<Paper> out = new ArrayList<>();
        try (PaperSource s = sources.open(p, f)) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void bundledCorpusYields234Papers() {
        Path corpus = Path.of(System.getProperty("regkg.root", "..")).resolve("data/abstracts.txt");
        List<Paper> papers = readAll(corpus, null);
        assertThat(papers).hasSize(234);
        assertThat(papers.get(0).title()).isEqualTo("CREAM: Consistency Regularized Self-Rewarding Language Models");
        assertThat(papers.get(1).title()).isEqualTo("Understanding deep learning requires rethinking generalization");
        assertThat(papers).allSatisfy(p -> assertThat(p.abstractText()).isNotBlank());
        assertThat(papers.stream().map(Paper::id).distinct()).hasSize(234);
    }

    @Test
    void listingStripsSubscribeAndMintsStableIds() throws IOException {
        Path p = write("l.txt", HEADER + "SubscribeDropout: A Simple Way\nAbstract one.\nSecond Paper\nAbstract two.\n");
        List<Paper> papers = readAll(p, null);
        assertThat(papers).extracting(Paper::title).containsExactly("Dropout: A Simple Way", "Second Paper");
        assertThat(papers).extracting(Paper::id).containsExactly("dropout-a-simple-way", "second-paper");
        assertThat(papers).extracting(Paper::position).containsExactly(1, 2);
        assertThat(papers.get(1).origin()).isEqualTo(p + ":5");
    }

    @Test
    void listingTitleWithoutAbstractNamesItsLine() throws IOException {
        Path p = write("l.txt", HEADER + "Title\nAbstract.\nLonely title\n");
        try (PaperSource s = sources.open(p, null)) {
            s.next();
            assertThatThrownBy(s::next).isInstanceOf(InputException.class)
                    .hasMessage(p + ":5: title \"Lonely title\" has no abstract line after it");
        }
    }

    @Test
    void listingWithTooFewHeaderLines() throws IOException {
        Path p = write("l.txt", "only one line\n");
        assertThatThrownBy(() -> readAll(p, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("header lines");
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() throws IOException {
        byte[] head = (HEADER + "Good title\nGood abstract.\nBad title\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'B', 'a', 'd', ' ', (byte) 0xC3, (byte) 0x28, '.', '\n'};
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Path p = writeBytes("u.txt", all);
        try (PaperSource s = sources.open(p, null)) {
            assertThat(s.next().title()).isEqualTo("Good title");
            assertThatThrownBy(s::next).isInstanceOf(InputException.class).hasMessage(p + ":6: invalid UTF-8");
        }
    }

    @Test
    void jsonLinesWithOptionalFields() throws IOException {
        Path p = write("in.jsonl", """
                {"id": "p1", "title": "A", "abstract": "Text A.", "authors": ["Ann", "Bob"], "year": 2020, "doi": "10.1/x", "arxiv_id": "2001.00001", "url": "https://example.org/a"}

                {"id": 7, "title": "B", "abstract": "Text B."}
                {"title": "C Title", "abstract": "Text C."}
                """);
        List<Paper> papers = readAll(p, null);
        assertThat(papers).extracting(Paper::id).containsExactly("p1", "7", "c-title");
        assertThat(papers.get(0).authors()).containsExactly("Ann", "Bob");
        assertThat(papers.get(0).year()).isEqualTo(2020);
        assertThat(papers.get(0).doi()).isEqualTo("10.1/x");
        assertThat(papers.get(0).arxivId()).isEqualTo("2001.00001");
        assertThat(papers.get(2).origin()).isEqualTo(p + ":4");
    }

    @Test
    void malformedJsonLineNamesItsLine() throws IOException {
        Path p = write("in.jsonl", "{\"title\": \"A\", \"abstract\": \"x\"}\n{\"title\": \"B\", \"abstract\": \n");
        try (PaperSource s = sources.open(p, null)) {
            s.next();
            assertThatThrownBy(s::next).isInstanceOf(InputException.class)
                    .hasMessageStartingWith(p + ":2: malformed JSON");
        }
    }

    @Test
    void missingOrEmptyFieldsAreRefused() throws IOException {
        Path p = write("in.jsonl", """
                {"abstract": "no title"}
                {"title": "no abstract"}
                {"title": "   ", "abstract": "blank title"}
                {"title": "T", "abstract": ""}
                {"title": 5, "abstract": "x"}
                [1, 2]
                """);
        List<String> errors = new ArrayList<>();
        try (PaperSource s = sources.open(p, null)) {
            while (s.hasNext()) {
                try {
                    s.next();
                } catch (InputException e) {
                    errors.add(e.getMessage());
                }
            }
        }
        assertThat(errors).containsExactly(
                p + ":1: missing or empty title",
                p + ":2: missing or empty abstract",
                p + ":3: missing or empty title",
                p + ":4: missing or empty abstract",
                p + ":5: field \"title\" must be a string, found a number",
                p + ":6: expected a JSON object, found an array");
    }

    @Test
    void abstractOverTheCapIsRefused() throws IOException {
        String big = "word ".repeat(30_000);
        Path p = write("in.jsonl", "{\"title\": \"Big\", \"abstract\": \"" + big + "\"}\n");
        assertThatThrownBy(() -> readAll(p, null)).isInstanceOf(InputException.class)
                .hasMessage(p + ":1: abstract is 150000 bytes, over the cap of 102400");
    }

    @Test
    void jsonArrayStreamsRecords() throws IOException {
        Path p = write("in.json", """
                [
                  {"id": "a", "title": "A", "abstract": "Text A."},
                  {"id": "b", "title": "B", "abstract": "Text B."}
                ]
                """);
        assertThat(readAll(p, null)).extracting(Paper::id).containsExactly("a", "b");
    }

    @Test
    void jsonArrayErrors() throws IOException {
        Path notArray = write("o.json", "{\"title\": \"A\", \"abstract\": \"x\"}");
        assertThatThrownBy(() -> readAll(notArray, null)).isInstanceOf(InputException.class)
                .hasMessage(notArray + ":1: expected a JSON array of paper objects");
        Path broken = write("b.json", "[\n {\"title\": \"A\", \"abstract\": \"x\"},\n {\"title\": \"B\" \"abstract\": \"y\"}\n]");
        assertThatThrownBy(() -> readAll(broken, null)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(broken + ":3: malformed JSON");
        Path missingField = write("m.json", "[{\"title\": \"A\"}]");
        assertThatThrownBy(() -> readAll(missingField, null)).isInstanceOf(InputException.class)
                .hasMessage(missingField + ": record 1 (line 1): missing or empty abstract");
    }

    @Test
    void unreadableFiles() {
        Path missing = dir.resolve("nope.jsonl");
        assertThatThrownBy(() -> sources.open(missing, null)).isInstanceOf(InputException.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> sources.open(dir, null)).isInstanceOf(InputException.class)
                .hasMessage(dir + ": is a directory, not an input file");
    }

    @Test
    void formatFromExtensionOrForced() throws IOException {
        assertThat(InputFormat.fromPath(Path.of("x.jsonl"))).isEqualTo(InputFormat.JSONL);
        assertThat(InputFormat.fromPath(Path.of("x.NDJSON"))).isEqualTo(InputFormat.JSONL);
        assertThat(InputFormat.fromPath(Path.of("x.json"))).isEqualTo(InputFormat.JSON);
        assertThat(InputFormat.fromPath(Path.of("abstracts.txt"))).isEqualTo(InputFormat.LISTING);
        Path p = write("records.data", "{\"title\": \"A\", \"abstract\": \"x\"}\n");
        assertThat(readAll(p, InputFormat.JSONL)).hasSize(1);
    }

    @Test
    void duplicatesByIdOrNormalisedTitle() {
        Deduplicator d = new Deduplicator();
        assertThat(d.duplicateOf(Paper.of("a", 1, "f:1", "Deep Learning!", "x"))).isEmpty();
        assertThat(d.duplicateOf(Paper.of("a", 2, "f:3", "Other", "x"))).contains("same id \"a\" as f:1");
        assertThat(d.duplicateOf(Paper.of("b", 3, "f:5", "deep  learning", "x"))).contains("same title as f:1");
        assertThat(d.duplicateOf(Paper.of("c", 4, "f:7", "Deep Learning 2", "x"))).isEmpty();
    }

    @Test
    void mintedIdsAreSlugsAndStayUnique() {
        assertThat(PaperIds.mint("SGD with Large Step Sizes Learns Sparse Features"))
                .isEqualTo("sgd-with-large-step-sizes-learns-sparse-features");
        String longTitle = "A very long title about regularization that goes on and on beyond sixty characters";
        String id = PaperIds.mint(longTitle);
        assertThat(id).hasSizeLessThan(72).startsWith("a-very-long-title-about-regularization");
        assertThat(id).isNotEqualTo(PaperIds.mint(longTitle + " part two"));
        assertThat(PaperIds.segment("arXiv:2001.0001")).isEqualTo("arXiv:2001.0001");
        assertThat(PaperIds.segment("arXiv:2001.0001 v2")).startsWith("arXiv:2001.0001-v2-").hasSize("arXiv:2001.0001-v2-".length() + 8);
    }

    /** Issue 9, finding 5: ids that differ only in what a slug drops mint two IRIs, the same ones every time. */
    @Test
    void idsThatDifferInPunctuationMintDifferentSegments() {
        assertThat(PaperIds.segment("a b")).isNotEqualTo(PaperIds.segment("a/b")).isNotEqualTo("a-b").startsWith("a-b-");
        assertThat(PaperIds.segment("a b")).isEqualTo(PaperIds.segment("a b"));
        assertThat(PaperIds.segment("a-b")).isEqualTo("a-b");
        assertThat(PaperIds.segment("/")).startsWith("paper-");
        assertThat(PaperIds.segment("x".repeat(500))).hasSizeLessThan(80);
        Deduplicator d = new Deduplicator();
        assertThat(d.duplicateOf(Paper.of("a b", 1, "f:1", "One", "x"))).isEmpty();
        assertThat(d.duplicateOf(Paper.of("a/b", 2, "f:2", "Two", "x"))).isEmpty();
        assertThat(d.duplicateOf(Paper.of(PaperIds.segment("a b"), 3, "f:3", "Three", "x")))
                .hasValueSatisfying(m -> assertThat(m).contains("same paper IRI as id \"a b\" at f:1"));
    }

    /** Issue 9, finding 5: titles that differ only in non-ASCII letters mint different ids. */
    @Test
    void nonAsciiTitlesDoNotCollapse() {
        assertThat(PaperIds.mint("Regularizing β-VAE")).isNotEqualTo(PaperIds.mint("Regularizing γ-VAE"))
                .startsWith("regularizing-vae-");
        assertThat(PaperIds.mint("正则化")).isNotEqualTo(PaperIds.mint("正則化")).startsWith("paper-");
        assertThat(PaperIds.mint("Plain ASCII title")).isEqualTo("plain-ascii-title");
    }

    /** Issue 9, finding 5: the ids "." and ".." cannot name a paper in an IRI and are refused. */
    @Test
    void dotSegmentIdsAreRefused() throws IOException {
        Path p = write("dots.jsonl", "{\"id\": \"..\", \"title\": \"A\", \"abstract\": \"x\"}\n");
        assertThatThrownBy(() -> readAll(p, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("dots.jsonl:1").hasMessageContaining("\"..\"");
    }
}
