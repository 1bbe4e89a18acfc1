package org.regkg.serve;

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
    private final boolean federated;

    SiteContext(ServedStore store, IriMap iris, String endpoint, boolean federated) {
        this.store = store;
        this.federated = federated;
        this.iris = iris;
        this.links = new LinkMaker(iris, new Labels(store.union()));
        this.endpointPath = endpoint;
        this.templates = new Templates(Map.of("endpoint", endpoint, "dataset", ServeSettings.DATASET));
    }

    /** The SPARQL endpoint's path, {@code /regkg/sparql}. */
    String endpointPath() {
        return endpointPath;
    }

    /**
     * Where the site is published: the base its IRIs were minted under (serve --base), without
     * the final slash. Never taken from the request's Host header, which any client sets.
     */
    String origin() {
        String base = iris.base();
        return base.endsWith("/") || base.endsWith("#") ? base.substring(0, base.length() - 1) : base;
    }

    /** Whether SERVICE may call other endpoints (serve --allow-service). */
    boolean federated() {
        return federated;
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
