package org.regkg.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folders of a RegKG store: the TDB2 database and the Lucene text index beside it.
 *
 * @param root the store folder ({@code ./store} by default)
 */
public record StoreLayout(Path root) {
    public static final Path DEFAULT = Path.of("store");

    public Path tdb2() {
        return root.resolve("tdb2");
    }

    public Path textIndex() {
        return root.resolve("text");
    }

    /** A JSON summary of the build that made the store. */
    public Path buildInfo() {
        return root.resolve("build.json");
    }

    public boolean exists() {
        return Files.isDirectory(tdb2()) && Files.isDirectory(textIndex());
    }
}
