package org.regkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.regkg.ingest.InputException;
import org.regkg.rdf.IriMinter;
import org.regkg.serve.RegkgServer;
import org.regkg.serve.ServeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code regkg serve}: the store over HTTP (SPARQL endpoint, query UI, linked-data pages). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store: SPARQL at /regkg/sparql, the query UI at /, linked-data pages for every IRI.",
                "Configured by fuseki-config/config.ttl; stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    StoreOption store;

    @Mixin
    Options options;

    /** The options serve and up share. */
    static final class Options {
        @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--host", paramLabel = "HOST", defaultValue = ServeSettings.DEFAULT_HOST,
                description = "Interface to listen on; 0.0.0.0 for all (default: ${DEFAULT-VALUE}).")
        String host;

        @Option(names = "--timeout", paramLabel = "SECONDS",
                description = "SPARQL query timeout (default: the configuration's, 10 s).")
        Double timeout;

        @Option(names = "--config", paramLabel = "FILE",
                description = "Fuseki configuration (default: the fuseki-config/config.ttl shipped with RegKG; "
                        + "a file in the working folder is never picked up unless given here).")
        Path config;

        @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
                description = "The base the store was built with (build --base; default: ${DEFAULT-VALUE}).")
        String base;

        @Option(names = "--allow-service",
                description = "Let SPARQL SERVICE clauses query other endpoints (off by default: the server would "
                        + "send HTTP requests to any address a client names).")
        boolean allowService;

        @Option(names = "--warm-up", paramLabel = "SECONDS", defaultValue = "20",
                description = "Before taking requests, run the curated queries at least 5 times and for at "
                        + "least 10 s, then on while the JVM is still compiling them, for up to this long in all "
                        + "(default: ${DEFAULT-VALUE}; 0 for the 5 runs only).")
        double warmUp;

        ServeSettings settings(StoreOption store) {
            Duration t = timeout == null ? null : Duration.ofMillis(Math.round(timeout * 1000));
            if (warmUp < 0) {
                throw new InputException("--warm-up", "must not be negative: " + warmUp);
            }
            return new ServeSettings(store.layout(), host, port, t, config, base, allowService,
                    Duration.ofMillis(Math.round(warmUp * 1000)));
        }
    }

    @Override
    public Integer call() {
        return serve(options.settings(store), main.err());
    }

    /** Starts the server, says where it is, and runs until the process is stopped. */
    static int serve(ServeSettings settings, PrintStream err) {
        err.println("regkg: warming the query engine up before taking requests (up to "
                + settings.warmUp().toSeconds() + " s; --warm-up sets it) ...");
        RegkgServer server = RegkgServer.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "regkg-serve-stop"));
        String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        String url = "http://" + host + ":" + server.port();
        err.println("regkg: serving " + settings.store().root() + " at " + url + "/");
        err.println("regkg: SPARQL endpoint " + url + ServeSettings.DATASET + "/sparql (query timeout "
                + server.timeoutMillis() / 1000.0 + " s); stop with Ctrl-C");
        server.join();
        return 0;
    }
}
