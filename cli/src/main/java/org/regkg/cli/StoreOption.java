package org.regkg.cli;

import java.nio.file.Path;
import org.regkg.store.StoreLayout;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that touches a store shares. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    StoreLayout layout() {
        return new StoreLayout(store);
    }
}
