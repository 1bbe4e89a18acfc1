package org.regkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line behaviour that needs no NLP models. */
class CliTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "query", "export"}) {
            Cli.Run r = Cli.run(command, "--help");
            assertThat(r.status()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: regkg " + command);
        }
        assertThat(Cli.run("--help").out()).contains("build", "query", "export");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Run r = Cli.run("build", "--no-such-option");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void queryWithoutStoreSaysWhatToDo() {
        Cli.Run r = Cli.run("query", "--store", dir.resolve("none").toString(), "-e", "ASK {}");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("regkg: error: no RegKG store at " + dir.resolve("none") + " (run ./regkg build first)");
    }

    @Test
    void exportNeedsAFormat() {
        Cli.Run r = Cli.run("export");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--format=FORMAT'");
    }

    @Test
    void buildOfAMissingFileFailsBeforeLoadingModels() {
        Cli.Run r = Cli.run("build", "--input", dir.resolve("missing.jsonl").toString(), "--store", dir.resolve("s").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("regkg: error: " + dir.resolve("missing.jsonl") + ": no such file");
    }
}
