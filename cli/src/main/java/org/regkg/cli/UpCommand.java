package org.regkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.regkg.pipeline.BuildSettings;
import org.regkg.serve.ServeSettings;
import org.regkg.serve.StoreFreshness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code regkg up}: build the store if it is missing or out of date, then serve it. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Builds the store from data/abstracts.txt when it is missing or older than the inputs,",
                "the ontology or the extractor, then serves it (see serve)."})
final class UpCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    StoreOption store;

    @Mixin
    ServeCommand.Options options;

    @Override
    public Integer call() {
        ServeSettings settings = options.settings(store);
        Optional<String> stale = StoreFreshness.staleReason(settings.store(), List.of(BuildSettings.DEFAULT_INPUT),
                Path.of("ontology"));
        if (stale.isPresent()) {
            main.err().println("regkg: building the store: " + stale.get());
            int status = Main.run(main.out(), main.err(), "build", "--store", store.store.toString(),
                    "--base", options.base);
            if (status != 0) {
                return status;
            }
        } else {
            main.err().println("regkg: the store at " + store.store + " is up to date");
        }
        return ServeCommand.serve(settings, main.err());
    }
}
