package org.regkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.regkg.rdf.IriMinter;
import org.regkg.store.StoreLayout;

/**
 * What a RegKG server needs to know, with the defaults in one place.
 *
 * @param store   the built store to serve
 * @param host    the interface to listen on ({@code 0.0.0.0} for all)
 * @param port    the HTTP port; 0 picks a free one
 * @param timeout the SPARQL query timeout; replaces the value in the configuration when not null
 * @param config  the Fuseki configuration file; null for the {@code fuseki-config/} shipped on the
 *                classpath
 * @param base    the base the store's IRIs were minted under (build --base)
 * @param allowService let SPARQL SERVICE call other endpoints (off by default: it makes the
 *                server issue HTTP requests to any address a client names)
 * @param warmUp  how long the server may go on warming the query engine before it takes requests,
 *                while the JVM is still compiling ({@link EngineWarmUp}); zero for the few fixed rounds only
 */
public record ServeSettings(StoreLayout store, String host, int port, Duration timeout, Path config, String base,
                            boolean allowService, Duration warmUp) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    /** The dataset's path on the server. */
    public static final String DATASET = "/regkg";
    /** The warm-up {@code regkg serve} allows by default. */
    public static final Duration DEFAULT_WARM_UP = Duration.ofSeconds(20);

    /** How many SPARQL requests run at once by default; more wait (up to the timeout), then get 503. */
    public int maxQueries() {
        return Math.max(4, 4 * Runtime.getRuntime().availableProcessors());
    }

    public ServeSettings {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(base, "base");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        Objects.requireNonNull(warmUp, "warmUp");
        if (warmUp.isNegative()) {
            throw new IllegalArgumentException("warm-up must not be negative: " + warmUp);
        }
        base = new IriMinter(base).base();
    }

    public ServeSettings(StoreLayout store, String host, int port, Duration timeout, Path config, String base,
                         boolean allowService) {
        this(store, host, port, timeout, config, base, allowService, Duration.ZERO);
    }

    public ServeSettings(StoreLayout store, String host, int port, Duration timeout, Path config, String base) {
        this(store, host, port, timeout, config, base, false);
    }

    /** Settings with every default but the store. */
    public static ServeSettings defaults(StoreLayout store) {
        return new ServeSettings(store, DEFAULT_HOST, DEFAULT_PORT, null, null, IriMinter.DEFAULT_BASE);
    }

    public ServeSettings withPort(int p) {
        return new ServeSettings(store, host, p, timeout, config, base, allowService, warmUp);
    }

    public ServeSettings withTimeout(Duration t) {
        return new ServeSettings(store, host, port, t, config, base, allowService, warmUp);
    }
}
