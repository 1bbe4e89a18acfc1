package org.regkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** What every page of one server shares: the store, the IRI mapping, labels and templates. */
final class SiteContext {
    private final ServedStore store;
    private final IriMap iris;
    private final LinkMaker links;
    private final Templates templates;
    private final String endpointPath;

    SiteContext(ServedStore store, IriMap iris, String endpoint) {
        this.store = store;
        this.iris = iris;
        this.links = new LinkMaker(iris, new Labels(store.union()));
        this.endpointPath = endpoint;
        this.templates = new Templates(Map.of("endpoint", endpoint, "dataset", ServeSettings.DATASET));
    }

    /** The SPARQL endpoint's path, {@code /regkg/sparql}. */
    String endpointPath() {
        return endpointPath;
    }

    /** Scheme, host and port as the client addressed the server. */
    static String origin(HttpServletRequest req) {
        int port = req.getServerPort();
        boolean defaultPort = ("http".equals(req.getScheme()) && port == 80) || ("https".equals(req.getScheme()) && port == 443);
        return req.getScheme() + "://" + req.getServerName() + (defaultPort ? "" : ":" + port);
    }

    ServedStore store() {
        return store;
    }

    IriMap iris() {
        return iris;
    }

    LinkMaker links() {
        return links;
    }

    Templates templates() {
        return templates;
    }

    void notFound(HttpServletResponse resp, String message) throws IOException {
        templates.render(resp, HttpServletResponse.SC_NOT_FOUND, "error",
                Map.of("title", "Not found", "message", message));
    }
}
