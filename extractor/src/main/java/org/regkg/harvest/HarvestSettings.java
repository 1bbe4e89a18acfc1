package org.regkg.harvest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to harvest and how politely.
 *
 * @param query      the source's query ({@code all:dropout} for arXiv, a search string for OpenAlex)
 * @param from       only papers published (arXiv: submitted) on or after this day; null for all
 * @param max        stop after this many records written (0: no limit)
 * @param output     the JSON Lines file; its resume state is kept beside it ({@code FILE.state.json})
 * @param endpoint   the API address
 * @param mailto     a contact address sent to the API (OpenAlex polite pool, User-Agent)
 * @param delay      the least time between two requests
 * @param pageSize   records asked for per request
 * @param retries    attempts after a failed request (429, 5xx, network error) before giving up
 * @param backoff    the first wait before a retry; it doubles each time, unless the server says (Retry-After)
 */
public record HarvestSettings(HarvestSource source, String query, LocalDate from, int max, Path output, URI endpoint,
                             String mailto, Duration delay, int pageSize, int retries, Duration backoff) {
    public HarvestSettings {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(output, "output");
        endpoint = endpoint == null ? source.defaultEndpoint() : endpoint;
        delay = delay == null ? source.defaultDelay() : delay;
        pageSize = pageSize <= 0 ? source.defaultPageSize() : pageSize;
        backoff = backoff == null ? Duration.ofSeconds(2) : backoff;
        if (max < 0 || retries < 0) {
            throw new IllegalArgumentException("max and retries must not be negative");
        }
    }

    /** The resume state file beside the output. */
    public Path stateFile() {
        return output.resolveSibling(output.getFileName() + ".state.json");
    }
}
