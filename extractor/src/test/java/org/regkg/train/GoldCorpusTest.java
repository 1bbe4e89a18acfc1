package org.regkg.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkg.ingest.InputException;

class GoldCorpusTest {
    @TempDir
    Path dir;

    @Test
    void numbersArePositionsInAListingAndArxivIdsAreRecordIds() throws IOException {
        Path listing = Files.writeString(dir.resolve("corpus.txt"),
                "header one\nheader two\nFirst Paper\nIts abstract.\nSecond Paper\nAnother abstract.\n");
        Path jsonl = Files.writeString(dir.resolve("arxiv.jsonl"),
                "{\"id\": \"arXiv:1\", \"title\": \"An arXiv Paper\", \"abstract\": \"Text.\"}\n");
        Path gold = Files.writeString(dir.resolve("gold.json"), "[{\"id\": 2, \"title\": \"Second Paper\"},"
                + "{\"id\": \"arXiv:1\", \"title\": \"An arXiv Paper\"}]");
        List<GoldPaper> papers = GoldCorpus.load(List.of(gold), List.of(listing, jsonl));
        assertThat(papers).extracting(p -> p.paper().abstractText()).containsExactly("Another abstract.", "Text.");
        assertThat(papers).extracting(GoldPaper::source).containsExactly(GoldCorpus.CORPUS, GoldCorpus.ARXIV);
    }

    @Test
    void aGoldPaperWithoutTextIsAnErrorNamingIt() throws IOException {
        Path listing = Files.writeString(dir.resolve("corpus.txt"), "h\nh\nFirst Paper\nIts abstract.\n");
        Path gold = Files.writeString(dir.resolve("gold.json"), "[{\"id\": 7, \"title\": \"Missing Paper\"}]");
        assertThatThrownBy(() -> GoldCorpus.load(List.of(gold), List.of(listing)))
                .isInstanceOf(InputException.class).hasMessageContaining("paper 1").hasMessageContaining("Missing Paper");
    }

    @Test
    void foldsDependOnTheTitlesNotOnTheOrder() throws IOException {
        Path listing = Files.writeString(dir.resolve("corpus.txt"), "h\nh\nA\na.\nB\nb.\nC\nc.\nD\nd.\n");
        Path gold = Files.writeString(dir.resolve("gold.json"),
                "[{\"id\": 1, \"title\": \"A\"}, {\"id\": 2, \"title\": \"B\"}, {\"id\": 3, \"title\": \"C\"}, {\"id\": 4, \"title\": \"D\"}]");
        Path reversed = Files.writeString(dir.resolve("reversed.json"),
                "[{\"id\": 4, \"title\": \"D\"}, {\"id\": 3, \"title\": \"C\"}, {\"id\": 2, \"title\": \"B\"}, {\"id\": 1, \"title\": \"A\"}]");
        int[] a = CrossValidation.folds(GoldCorpus.load(List.of(gold), List.of(listing)), 2);
        int[] b = CrossValidation.folds(GoldCorpus.load(List.of(reversed), List.of(listing)), 2);
        assertThat(new int[] {b[3], b[2], b[1], b[0]}).isEqualTo(a);
        assertThat(a).containsOnly(0, 1);
    }
}
