package org.regkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.regkg.nlp.PaperExtractor;
import org.regkg.pipeline.BuildListener;
import org.regkg.pipeline.BuildPipeline;
import org.regkg.pipeline.BuildSettings;
import org.regkg.rdf.IriMinter;
import org.regkg.store.StoreLayout;
import org.regkg.store.StoreLib;

/**
 * One store and one server for all serve integration tests in a JVM: the bundled corpus plus one
 * paper whose title holds HTML ({@code serve/escaping.txt}), built once (about 20 s), served from
 * {@code fuseki-config/} on a free port with a 2 s query timeout. JUnit closes it at the end.
 */
public final class ServeFixture implements ParameterResolver {
    static final Path ROOT = Path.of(System.getProperty("regkg.root", ".."));
    static final Path CORPUS = ROOT.resolve("data/abstracts.txt");
    static final Path ESCAPING = ROOT.resolve("server/src/test/resources/serve/escaping.txt");
    static final Path CONFIG = ROOT.resolve("fuseki-config/config.ttl");
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** The running server and its store. */
    public record Served(RegkgServer server, Path dir) implements ExtensionContext.Store.CloseableResource {
        public String url(String path) {
            return "http://127.0.0.1:" + server.port() + path;
        }

        @Override
        public void close() {
            server.close();
            StoreLib.deleteTree(dir);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == Served.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return c.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Served.class, k -> start(), Served.class);
    }

    private static Served start() {
        try {
            Path dir = Files.createTempDirectory("regkg-serve-it");
            StoreLayout layout = new StoreLayout(dir.resolve("store"));
            new BuildPipeline(PaperExtractor.standard()).run(
                    new BuildSettings(List.of(CORPUS, ESCAPING), null, layout, IriMinter.DEFAULT_BASE, false, 0),
                    new BuildListener() { });
            Files.writeString(layout.buildInfo(), "{}");
            ServeSettings settings = new ServeSettings(layout, "127.0.0.1", 0, TIMEOUT, CONFIG, IriMinter.DEFAULT_BASE);
            return new Served(RegkgServer.start(settings), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
