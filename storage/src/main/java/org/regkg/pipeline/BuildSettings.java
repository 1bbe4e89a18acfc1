package org.regkg.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.regkg.ingest.InputFormat;
import org.regkg.rdf.IriMinter;
import org.regkg.store.StoreLayout;

/**
 * What a build reads and writes, with defaults in one place.
 *
 * @param inputs      input files, read in order
 * @param format      the input format, or null to choose by each file's extension
 * @param store       the store to (re)build
 * @param base        the base IRI minted IRIs go under
 * @param skipInvalid report and skip bad records instead of failing
 * @param threads     extraction threads
 * @param strict      fail the build when a paper does not conform to the shapes, instead of leaving it out
 * @param allowEmpty  build (and swap in) a store with no papers when the inputs hold none
 */
public record BuildSettings(List<Path> inputs, InputFormat format, StoreLayout store, String base,
                            boolean skipInvalid, int threads, boolean strict, boolean allowEmpty) {
    public static final Path DEFAULT_INPUT = Path.of("data", "abstracts.txt");

    public BuildSettings {
        inputs = inputs == null || inputs.isEmpty() ? List.of(DEFAULT_INPUT) : List.copyOf(inputs);
        store = store == null ? new StoreLayout(StoreLayout.DEFAULT) : store;
        base = base == null ? IriMinter.DEFAULT_BASE : base;
        threads = threads <= 0 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
    }

    public BuildSettings(List<Path> inputs, InputFormat format, StoreLayout store, String base,
                         boolean skipInvalid, int threads) {
        this(inputs, format, store, base, skipInvalid, threads, false, false);
    }

    public BuildSettings(List<Path> inputs, InputFormat format, StoreLayout store, String base,
                         boolean skipInvalid, int threads, boolean strict) {
        this(inputs, format, store, base, skipInvalid, threads, strict, false);
    }

    public static BuildSettings defaults() {
        return new BuildSettings(null, null, null, null, false, 0, false);
    }
}
