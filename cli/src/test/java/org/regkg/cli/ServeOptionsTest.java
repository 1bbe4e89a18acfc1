package org.regkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
}
