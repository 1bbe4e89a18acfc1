package org.regkg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.regkg.store.StoreLib;
import org.regkg.validate.GraphValidator;
import org.regkg.validate.ReportPrinter;
import org.regkg.validate.ValidationOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code regkg validate}: checks a store against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the store (facts and ontology graphs together) against the SHACL shapes of ontology/shapes.ttl.",
                "Prints each result and the counts per shape; exits 0 when the store conforms, 1 when it does not."})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    StoreOption store;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "List at most N results in full, then only count them; 0 lists all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        Dataset ds = StoreLib.open(store.layout());
        ValidationOutcome outcome;
        try {
            outcome = GraphValidator.standard().validate(ds.asDatasetGraph());
        } finally {
            ds.close();
        }
        PrintStream out = new PrintStream(main.out(), false, StandardCharsets.UTF_8);
        out.print(ReportPrinter.print(outcome, limit));
        out.flush();
        return outcome.conforms() ? 0 : ErrorHandler.FAILURE;
    }
}
