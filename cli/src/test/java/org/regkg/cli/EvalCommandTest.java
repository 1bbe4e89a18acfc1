package org.regkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code regkg eval} failures a user can cause: one line, exit status 2, before the store is opened. */
class EvalCommandTest {
    @TempDir
    Path dir;

    @Test
    void helpNamesTheOptions() {
        Cli.Run r = Cli.run("eval", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Usage: regkg eval", "--gold", "--details", "--json", "--min-confidence", "--curve", "--store");
        assertThat(Cli.run("--help").out()).contains("eval");
    }

    @Test
    void aBadGoldFileIsOneLineAndStatusTwo() throws IOException {
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, "[{\"title\": \"T\", \"methods\": [\"CREAM\"]}]");
        Cli.Run r = Cli.run("eval", "--gold", gold.toString(), "--store", dir.resolve("none").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("regkg: error: " + gold + ": paper 1: methods[0] needs a \"name\" string\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingGoldFileIsOneLineAndStatusTwo() {
        Cli.Run r = Cli.run("eval", "--gold", dir.resolve("missing.json").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("regkg: error: " + dir.resolve("missing.json") + ": no such file");
    }

    @Test
    void aMissingStoreSaysWhatToDo() throws IOException {
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, "[]");
        Cli.Run r = Cli.run("eval", "--gold", gold.toString(), "--store", dir.resolve("none").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("regkg: error: no RegKG store at " + dir.resolve("none") + " (run ./regkg build first)");
    }

    @Test
    void theGoldIsRequired() {
        Cli.Run r = Cli.run("eval");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--gold=FILE'");
    }
}
