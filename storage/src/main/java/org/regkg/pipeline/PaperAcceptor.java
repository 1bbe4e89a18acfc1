package org.regkg.pipeline;

import java.util.Optional;
import org.regkg.ingest.InputException;

/**
 * Hands checked papers to a {@link StoreLoader}, in order, and deals with the ones that do not
 * conform the same way for {@code build} and {@code load}: reported and left out, or with
 * {@code --strict} the end of the run.
 */
final class PaperAcceptor {
    private final StoreLoader loader;
    private final boolean strict;
    private final BuildListener listener;
    private long rejected;

    PaperAcceptor(StoreLoader loader, boolean strict, BuildListener listener) {
        this.loader = loader;
        this.strict = strict;
        this.listener = listener;
    }

    /** Loads the paper and returns true, or reports it as left out and returns false. */
    boolean accept(PaperGraph paper) {
        Optional<String> violation = loader.accept(paper);
        if (violation.isEmpty()) {
            return true;
        }
        if (strict) {
            throw new InputException(paper.origin(), "paper " + paper.id()
                    + " does not conform to the shapes (--strict): " + violation.get());
        }
        rejected++;
        listener.skipped(paper.origin() + ": paper " + paper.id() + " does not conform to the shapes: "
                + violation.get() + " (left out)");
        return false;
    }

    /** Papers left out so far. */
    long rejected() {
        return rejected;
    }
}
