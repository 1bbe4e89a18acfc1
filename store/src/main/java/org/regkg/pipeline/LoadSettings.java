package org.regkg.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import org.regkg.store.StoreLayout;

/**
 * What a load reads and writes.
 *
 * @param shards      the folder {@code spark-extract} wrote (manifest.json and part-*.nq.gz)
 * @param store       the store to (re)build
 * @param skipInvalid load even when the job rejected records (they are reported)
 */
public record LoadSettings(Path shards, StoreLayout store, boolean skipInvalid) {
    public LoadSettings {
        Objects.requireNonNull(shards, "shards");
        store = store == null ? new StoreLayout(StoreLayout.DEFAULT) : store;
    }
}
