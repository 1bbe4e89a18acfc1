package org.regkg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkg.ingest.InputException;
import org.regkg.ingest.InputFormat;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void theFormatComesFromTheNameWithoutTheCompressionSuffix() {
        assertThat(InputFiles.formatOf("arxiv.jsonl.gz")).isEqualTo(InputFormat.JSONL);
        assertThat(InputFiles.formatOf("part.ndjson.bz2")).isEqualTo(InputFormat.JSONL);
        assertThat(InputFiles.formatOf("papers.json")).isEqualTo(InputFormat.JSON);
        assertThat(InputFiles.formatOf("abstracts.txt")).isEqualTo(InputFormat.LISTING);
    }

    @Test
    void aFolderIsItsFilesByNameWithoutHiddenOnesAndAFileKeepsItsName() throws IOException {
        for (String f : List.of("b.jsonl", "_SUCCESS", ".a.jsonl.crc")) {
            Files.writeString(dir.resolve(f), "");
        }
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("a.jsonl.gz")))) {
            gz.write("{\"title\": \"t\", \"abstract\": \"a\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("single.txt"), "");
        String folder = dir.toString();
        List<InputFiles.InputFile> files = InputFiles.resolve(List.of(dir.resolve("single.txt").toString(), folder),
                null, new Configuration());
        assertThat(files).extracting(InputFiles.InputFile::index).containsExactly(0, 1, 2, 3);
        assertThat(files.get(0).name()).isEqualTo(dir.resolve("single.txt").toString());
        assertThat(files.get(0).format()).isEqualTo(InputFormat.LISTING);
        assertThat(files.subList(1, 4)).extracting(f -> Path.of(java.net.URI.create(f.path())).getFileName().toString())
                .containsExactly("a.jsonl.gz", "b.jsonl", "single.txt");
        assertThat(files.get(1).format()).isEqualTo(InputFormat.JSONL);
    }

    @Test
    void aMissingInputIsBadInput() {
        assertThatThrownBy(() -> InputFiles.resolve(List.of(dir.resolve("nope.jsonl").toString()), null, new Configuration()))
                .isInstanceOf(InputException.class).hasMessageEndingWith("nope.jsonl: no such file");
    }

    @Test
    void shardsFollowTheCorpusSizeAndTheCores() {
        ExtractSettings auto = new ExtractSettings(List.of("in"), null, "out", null, 0);
        assertThat(auto.shards(100, 2)).isEqualTo(4);
        assertThat(auto.shards(1_000_000, 2)).isEqualTo(200);
        assertThat(new ExtractSettings(List.of("in"), null, "out", null, 7).shards(1_000_000, 2)).isEqualTo(7);
    }
}
