package org.regkg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regkg.ingest.InputException;

/** A gold file is checked when read; a bad one is one line naming the paper and the field. */
class GoldFileTest {
    @TempDir
    Path dir;

    @Test
    void theDevGoldReads() throws IOException {
        assertThat(GoldFile.read(ScorerCrossCheckTest.resource("quality/dev-gold.json")).papers()).hasSize(60);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{\"title\": \"T\"}, {}]                                   | gold.json: paper 2: no \"title\" string",
        "{\"title\": \"T\"}                                         | gold.json: not a gold file: expected a JSON array of papers",
        "[{\"title\": \"T\", \"methods\": [{\"aliases\": []}]}]     | gold.json: paper 1: methods[0] needs a \"name\" string",
        "[{\"title\": \"T\", \"datasets\": \"CIFAR-10\"}]           | gold.json: paper 1: \"datasets\" is not a JSON array",
        "[{\"title\": \"T\", \"results\": [{\"values\": []}]}]      | gold.json: paper 1: results[0] needs a \"claim\" string",
        "[{\"title\": \"T\", \"results\": [{\"claim\": \"c\", \"values\": [3]}]}] | gold.json: paper 1: results[0].values[0] is not a JSON object",
        "[1]                                                        | gold.json: paper 1: not a JSON object",
    })
    void badGoldIsOneLine(String json, String message) throws IOException {
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, json);
        assertThatThrownBy(() -> GoldFile.read(gold)).isInstanceOf(InputException.class)
                .hasMessage(dir.resolve(message.substring(0, message.indexOf(':'))) + message.substring(message.indexOf(':')));
    }

    @Test
    void notJsonNamesLineAndColumn() throws IOException {
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, "[\n {\"title\": }\n]");
        assertThatThrownBy(() -> GoldFile.read(gold)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(gold + ":2:").hasMessageContaining("not JSON").message().doesNotContain("\n");
        assertThatThrownBy(() -> GoldFile.read(dir.resolve("none.json"))).hasMessage(dir.resolve("none.json") + ": no such file");
    }
}
