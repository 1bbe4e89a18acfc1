package org.regkg.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.regkg.ingest.InputException;
import org.regkg.nlp.ExtractorVersion;
import org.regkg.pipeline.StoreUpdate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code regkg remove}: papers and their facts out of a built store, without a rebuild. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Removes papers (by id) and their facts from a built store; shared techniques and datasets stay "
                + "while another paper uses them. Counts, statistics and the text index are updated together: on any "
                + "failure, or an id the store does not hold, the store stays as it was. Refused while a server holds the store."})
final class RemoveCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--id", paramLabel = "ID", required = true, arity = "1..*",
            description = "Id of a paper to remove (as given in the input); repeat or list several.")
    List<String> ids;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        long quads;
        try (StoreUpdate update = new StoreUpdate(store.layout(), ExtractorVersion.get())) {
            for (String id : ids) {
                if (!update.remove(id)) {
                    throw new InputException("--id " + id, "no paper with this id in " + store.layout().root()
                            + "; nothing was removed");
                }
            }
            quads = update.commit();
        }
        main.err().println(String.format(Locale.ROOT, "regkg: removed %d papers from %s, %d triples; %.1f s", ids.size(),
                store.layout().root(), quads, (System.nanoTime() - started) / 1e9));
        return 0;
    }
}
