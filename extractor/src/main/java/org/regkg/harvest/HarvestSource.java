package org.regkg.harvest;

import java.net.URI;
import java.time.Duration;

/** The APIs {@code regkg harvest} pages through, with their polite defaults. */
public enum HarvestSource {
    /** The arXiv API: Atom pages, at most one request every 3 seconds (arXiv's terms of use). */
    ARXIV("arxiv", URI.create("https://export.arxiv.org/api/query"), Duration.ofSeconds(3), 100),
    /** The OpenAlex works API: JSON pages with cursor paging, in the polite pool with {@code mailto}. */
    OPENALEX("openalex", URI.create("https://api.openalex.org/works"), Duration.ofMillis(200), 200);

    private final String label;
    private final URI endpoint;
    private final Duration delay;
    private final int pageSize;

    HarvestSource(String label, URI endpoint, Duration delay, int pageSize) {
        this.label = label;
        this.endpoint = endpoint;
        this.delay = delay;
        this.pageSize = pageSize;
    }

    public String label() {
        return label;
    }

    public URI defaultEndpoint() {
        return endpoint;
    }

    /** The least time between two requests. */
    public Duration defaultDelay() {
        return delay;
    }

    public int defaultPageSize() {
        return pageSize;
    }

    @Override
    public String toString() {
        return label;
    }
}
