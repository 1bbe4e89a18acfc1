package org.regkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.regkg.ingest.InputException;
import org.regkg.serve.ServeSettings;
import org.regkg.store.StoreLib;
import picocli.CommandLine;

/** Issue 9, finding 8: serve never picks up a fuseki-config/ from the working folder on its own. */
class ServeOptionsTest {
    @Test
    void aConfigurationInTheWorkingFolderIsNotUsed() throws IOException {
        Path local = Path.of("fuseki-config");
        boolean existed = Files.exists(local);
        try {
            Files.createDirectories(local);
            Path planted = local.resolve("config.ttl");
            if (!existed) {
                Files.writeString(planted, "# planted by a test\n");
            }
            ServeCommand cmd = new ServeCommand();
            new CommandLine(cmd).parseArgs("--store", "some-store");
            assertThat(cmd.options.settings(cmd.store).config()).isNull();
            new CommandLine(cmd).parseArgs("--store", "some-store", "--config", planted.toString());
            assertThat(cmd.options.settings(cmd.store).config()).isEqualTo(planted);
            assertThat(cmd.options.settings(cmd.store).allowService()).isFalse();
            new CommandLine(cmd).parseArgs("--allow-service");
            assertThat(cmd.options.settings(cmd.store).allowService()).isTrue();
        } finally {
            if (!existed) {
                StoreLib.deleteTree(local);
            }
        }
    }

    @Test
    void warmUpDefaultsToTwentySecondsAndRefusesNegativeValues() {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--store", "some-store");
        assertThat(cmd.options.settings(cmd.store).warmUp()).isEqualTo(ServeSettings.DEFAULT_WARM_UP);
        new CommandLine(cmd).parseArgs("--store", "some-store", "--warm-up", "0.5");
        assertThat(cmd.options.settings(cmd.store).warmUp()).isEqualTo(Duration.ofMillis(500));
        new CommandLine(cmd).parseArgs("--store", "some-store", "--warm-up", "-1");
        assertThatThrownBy(() -> cmd.options.settings(cmd.store)).isInstanceOf(InputException.class)
                .hasMessageContaining("--warm-up");
    }
}
