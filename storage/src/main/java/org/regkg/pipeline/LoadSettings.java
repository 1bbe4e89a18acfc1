package org.regkg.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import org.regkg.store.StoreLayout;

/**
 * What a load reads and writes.
 *
 * @param shards      the folder {@code spark-extract} wrote (manifest.json and part-*.nq.gz)
 * @param store       the store to (re)build
 * @param skipInvalid load even when the job rejected bad records (they are reported)
 * @param threads     threads validating papers (0: one per core)
 * @param strict      fail the load when a paper does not conform to the shapes, instead of leaving it out
 * @param allowEmpty  load (and swap in) a store with no papers when the shards hold none
 */
public record LoadSettings(Path shards, StoreLayout store, boolean skipInvalid, int threads, boolean strict,
                           boolean allowEmpty) {
    public LoadSettings {
        Objects.requireNonNull(shards, "shards");
        store = store == null ? new StoreLayout(StoreLayout.DEFAULT) : store;
        threads = threads <= 0 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
    }
}
