package org.regkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.regkg.nlp.PaperExtractor;
import org.regkg.store.StoreLayout;

/**
 * Whether a store must be rebuilt: it is missing, or older than an input file, the ontology, or
 * the extractor (its classes and rule files). Pages and the CLI are not part of the extractor, so
 * changing them does not force a rebuild.
 */
public final class StoreFreshness {
    /** Classpath folders whose files make up the extractor and the ontology it builds with. */
    static final List<String> EXTRACTOR_FOLDERS = List.of("org/regkg/ingest", "org/regkg/nlp", "org/regkg/facts",
            "org/regkg/rdf", "org/regkg/store", "org/regkg/lexicon", "org/regkg/pipeline", "org/regkg/rules", "ontology");

    private StoreFreshness() {
    }

    /** Why {@code store} must be (re)built, or empty when it is up to date. */
    public static Optional<String> staleReason(StoreLayout store, List<Path> inputs, Path ontologyDir) {
        if (!store.exists() || !Files.isRegularFile(store.buildInfo())) {
            return Optional.of("no store at " + store.root());
        }
        FileTime built = mtime(store.buildInfo());
        for (Path in : inputs) {
            if (Files.exists(in) && mtime(in).compareTo(built) > 0) {
                return Optional.of(in + " is newer than the store");
            }
        }
        Optional<Path> o = newestUnder(List.of(ontologyDir), built);
        if (o.isPresent()) {
            return Optional.of(o.get() + " is newer than the store");
        }
        Path code = codeLocation();
        List<Path> roots = Files.isDirectory(code) ? EXTRACTOR_FOLDERS.stream().map(code::resolve).toList() : List.of(code);
        return newestUnder(roots, built).map(p -> "the extractor changed (" + p.getFileName() + ") since the store was built");
    }

    private static Optional<Path> newestUnder(List<Path> roots, FileTime than) {
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                Optional<Path> newer = s.filter(Files::isRegularFile).filter(p -> mtime(p).compareTo(than) > 0).findFirst();
                if (newer.isPresent()) {
                    return newer;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    /** The classes folder or jar the extractor runs from. */
    private static Path codeLocation() {
        try {
            return Path.of(PaperExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileTime mtime(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
