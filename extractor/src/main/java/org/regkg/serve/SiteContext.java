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

    SiteContext(ServedStore store, IriMap iris, String endpoint) {
        this.store = store;
        this.iris = iris;
        this.links = new LinkMaker(iris, new Labels(store.union()));
        this.templates = new Templates(Map.of("endpoint", endpoint, "dataset", ServeSettings.DATASET));
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
