package org.regkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.regkg.store.StoreException;
import org.regkg.serve.guard.QueryGuard;
import org.regkg.store.StoreLib;
import org.regkg.store.StoreLock;
import org.regkg.store.StoreTarget;
import org.regkg.store.TextIndexRepair;

/**
 * RegKG's HTTP server: Fuseki main configured from {@code fuseki-config/config.ttl} (the SPARQL
 * endpoint, read-only Graph Store, timeout, ping and metrics) plus RegKG's own pages as servlets
 * (query UI, linked data, browse, search, VoID, service description, dumps).
 */
public final class RegkgServer implements AutoCloseable {
    private final FusekiServer fuseki;
    private final Path workDir;
    private final long timeoutMillis;
    private final ServedStore store;
    private final StoreLock lock;

    private RegkgServer(FusekiServer fuseki, Path workDir, long timeoutMillis, ServedStore store, StoreLock lock) {
        this.fuseki = fuseki;
        this.lock = lock;
        this.workDir = workDir;
        this.timeoutMillis = timeoutMillis;
        this.store = store;
    }

    /** Builds and starts a server for {@code settings}. */
    public static RegkgServer start(ServeSettings settings) {
        if (!settings.store().exists()) {
            throw new StoreException("no RegKG store at " + settings.store().root() + " (run ./regkg build first)");
        }
        // an add or remove killed between its two commits: its text entries are rewritten first
        TextIndexRepair.ifInterrupted(settings.store());
        // held while serving: a build does not swap a new store in under the server
        StoreLock lock = StoreLock.serve(StoreTarget.real(settings.store().root()));
        try {
            return start(settings, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static RegkgServer start(ServeSettings settings, StoreLock lock) {
        Path work = tempDir();
        Model config = FusekiConfigFile.load(settings);
        FusekiServer.Builder b = FusekiServer.create()
                .fusekiModules(FusekiModules.create())
                .port(settings.port())
                .enableCors(true, FusekiConfigFile.corsFile(settings, work).toString())
                .parseConfig(config);
        DatasetGraph dsg = b.getDataset(ServeSettings.DATASET);
        if (dsg == null) {
            throw new StoreException("the Fuseki configuration declares no dataset " + ServeSettings.DATASET);
        }
        QueryGuard.install(dsg.getContext(), settings.allowService());
        ServedStore store = new ServedStore(dsg, FusekiConfigFile.timeoutMillis(config));
        SiteRoutes.install(b, new SiteContext(store, new IriMap(settings.base()),
                ServeSettings.DATASET + "/sparql", settings.allowService()), work, settings.maxQueries());
        FusekiServer server = b.build();
        ResponseBuffers.install(server.getJettyServer());
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc && !settings.host().equals("0.0.0.0")) {
                sc.setHost(settings.host());
            }
        }
        EngineWarmUp.run(store, FusekiConfigFile.timeoutMillis(config), settings.warmUp());
        server.start();
        return new RegkgServer(server, work, FusekiConfigFile.timeoutMillis(config), store, lock);
    }

    /** The port the server listens on (the real one when the settings asked for 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The query timeout in force, in milliseconds. */
    public long timeoutMillis() {
        return timeoutMillis;
    }

    /** The served dataset, as the pages read it. */
    public ServedStore store() {
        return store;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
        store.dataset().close();
        StoreLib.deleteTree(workDir);
        lock.close();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("regkg-serve");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a working folder", e);
        }
    }
}
