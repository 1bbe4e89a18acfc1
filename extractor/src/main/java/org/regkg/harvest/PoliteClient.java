package org.regkg.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * GETs pages from one API politely, with the JDK's {@link HttpClient}: never two requests closer
 * than the delay, retries with exponential backoff on 429, 5xx and network errors (waiting as long
 * as a {@code Retry-After} header asks), bounded response bodies.
 */
public final class PoliteClient {
    /** The largest response body read. */
    static final int MAX_BODY_BYTES = 64 << 20;
    /** The longest single wait, whatever Retry-After says. */
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final HttpClient http;
    private final Duration delay;
    private final int retries;
    private final Duration backoff;
    private final String userAgent;
    private final Consumer<String> log;
    private long lastRequest = Long.MIN_VALUE;

    public PoliteClient(HttpSettings s, Consumer<String> log) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.delay = s.delay();
        this.retries = s.retries();
        this.backoff = s.backoff();
        this.userAgent = "RegKG-harvest/1 (https://w3id.org/regkg" + (s.mailto() == null ? "" : "; mailto:" + s.mailto()) + ")";
        this.log = log;
    }

    /** The politeness settings of a client. */
    public record HttpSettings(Duration delay, int retries, Duration backoff, String mailto) {
    }

    /** The body of a 200 response to GET {@code uri}. */
    public byte[] get(URI uri) throws HarvestException {
        String last = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            waitTurn();
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                    .header("User-Agent", userAgent).GET().build();
            Duration wait = backoff.multipliedBy(1L << Math.min(attempt, 16));
            try {
                HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
                int status = resp.statusCode();
                try (InputStream body = resp.body()) {
                    if (status == 200) {
                        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
                        if (bytes.length > MAX_BODY_BYTES) {
                            throw new HarvestException("response from " + uri + " is over " + MAX_BODY_BYTES + " bytes");
                        }
                        return bytes;
                    }
                    body.readNBytes(64 * 1024);
                }
                if (status != 429 && status < 500) {
                    throw new HarvestException("HTTP " + status + " from " + uri);
                }
                last = "HTTP " + status;
                wait = retryAfter(resp).orElse(wait);
            } catch (IOException e) {
                if (e instanceof HarvestException h) {
                    throw h;
                }
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HarvestException("interrupted", e);
            }
            if (attempt < retries) {
                if (wait.compareTo(MAX_WAIT) > 0) {
                    wait = MAX_WAIT;
                }
                log.accept(String.format(java.util.Locale.ROOT, "%s from %s; retrying in %.1f s (retry %d of %d)",
                        last, uri.getHost(), wait.toMillis() / 1000.0, attempt + 1, retries));
                sleep(wait);
            }
        }
        throw new HarvestException("gave up on " + uri + " after " + (retries + 1) + " attempts: " + last);
    }

    private void waitTurn() throws HarvestException {
        long now = System.nanoTime();
        if (lastRequest != Long.MIN_VALUE) {
            long due = lastRequest + delay.toNanos();
            if (due > now) {
                sleep(Duration.ofNanos(due - now));
            }
        }
        lastRequest = System.nanoTime();
    }

    /** The wait a 429 or 503 asks for: seconds, or an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> resp) {
        Optional<String> h = resp.headers().firstValue("Retry-After");
        if (h.isEmpty()) {
            return Optional.empty();
        }
        String v = h.get().strip();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void sleep(Duration d) throws HarvestException {
        try {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestException("interrupted", e);
        }
    }
}
