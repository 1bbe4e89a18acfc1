package org.regkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9, findings 1, 2, 7 and 8 against a real server (query timeout 2 s): no SERVICE call
 * leaves the server, regex bombs and runaway property paths stop at the timeout and free their
 * thread, ping answers meanwhile, whole-store reads go to the dumps, bodies are bounded, and the
 * self-description ignores the Host header.
 */
@ExtendWith(ServeFixture.class)
class HardeningIT {
    static final String BOMB = "SELECT ?p { ?p <http://purl.org/dc/terms/abstract> ?a "
            + "FILTER regex(?a, \"^(.*)(.*)(.*)(.*)(.*)(.*)(.*)(.*)Z$\") } LIMIT 1";

    @Test
    void serviceCallsNoOtherServer(ServeFixture.Served s) throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        listener.start();
        try {
            String probe = "http://127.0.0.1:" + listener.getAddress().getPort() + "/probe";
            var r = Http.get(s.url("/regkg/sparql?query=" + Http.encode("SELECT * { SERVICE <" + probe + "> { ?s ?p ?o } }")),
                    "application/sparql-results+json");
            assertThat(r.statusCode()).isNotEqualTo(200);
            var silent = Http.get(s.url("/regkg/sparql?query=" + Http.encode("SELECT * { SERVICE SILENT <" + probe + "> { ?s ?p ?o } }")),
                    "application/sparql-results+json");
            assertThat(silent.statusCode()).isLessThan(500);
            assertThat(hits.get()).isZero();
        } finally {
            listener.stop(0);
        }
        var sd = Http.get(s.url("/regkg/sparql"), "text/turtle");
        assertThat(sd.body()).contains("UnionDefaultGraph").doesNotContain("BasicFederatedQuery");
    }

    @Test
    void regexBombsStopAtTheTimeoutWhilePingAnswers(ServeFixture.Served s) throws Exception {
        long started = System.nanoTime();
        List<CompletableFuture<Integer>> bombs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bombs.add(CompletableFuture.supplyAsync(() ->
                    Http.postForm(s.url("/regkg/sparql"), "query", BOMB, "application/sparql-results+json").statusCode()));
        }
        Thread.sleep(500);
        long pingStarted = System.nanoTime();
        assertThat(Http.get(s.url("/$/ping"), null).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - pingStarted)).isLessThan(Duration.ofSeconds(2));
        for (CompletableFuture<Integer> b : bombs) {
            assertThat(b.get()).isIn(503, 500);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ServeFixture.TIMEOUT.plusSeconds(6));
        assertNoThreadStillMatching();
    }

    @Test
    void replaceAndPropertyPathsStopAtTheTimeout(ServeFixture.Served s) throws InterruptedException {
        String replace = "SELECT (REPLACE(?a, \"^(.*)(.*)(.*)(.*)(.*)(.*)(.*)(.*)Z$\", \"x\") AS ?r) "
                + "{ ?p <http://purl.org/dc/terms/abstract> ?a } LIMIT 1";
        String path = "SELECT (COUNT(*) AS ?n) { ?a (<http://www.w3.org/2004/02/skos/core#altLabel>|!<urn:x:none>)*"
                + "/(!<urn:x:none>|^!<urn:x:none>)* ?b }";
        for (String q : List.of(replace, path)) {
            long started = System.nanoTime();
            int status = Http.postForm(s.url("/regkg/sparql"), "query", q, "application/sparql-results+json").statusCode();
            assertThat(status).as(q).isIn(503, 500);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(q).isLessThan(ServeFixture.TIMEOUT.plusSeconds(6));
        }
        assertNoThreadStillMatching();
    }

    @Test
    void wholeStoreReadsGoToTheDumps(ServeFixture.Served s) {
        for (String path : List.of("/regkg/get", "/regkg/data", "/regkg/data?default", "/regkg?default",
                "/regkg/get?graph=" + Http.encode("http://localhost:3030/graph/facts"))) {
            var r = Http.get(s.url(path), "application/n-quads");
            assertThat(r.statusCode()).as(path).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).startsWith("/dumps/regkg."));
        }
        assertThat(Http.get(s.url("/regkg/data?graph=" + Http.encode("https://w3id.org/regkg/ontology")), "text/turtle").statusCode())
                .isEqualTo(200);
    }

    @Test
    void requestBodiesAreBounded(ServeFixture.Served s) {
        char[] big = new char[(int) RequestLimitFilter.MAX_BODY + 10];
        Arrays.fill(big, ' ');
        String query = "ASK {}" + new String(big);
        var r = Http.send(HttpRequest.newBuilder(URI.create(s.url("/regkg/sparql"))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(Http.send("POST", s.url("/regkg/sparql"), "application/sparql-query", "ASK {}").statusCode()).isEqualTo(200);
    }

    @Test
    void selfDescriptionIgnoresTheHostHeader(ServeFixture.Served s) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", s.server().port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /.well-known/void HTTP/1.1\r\nHost: evil.example:666\r\nAccept: text/turtle\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder body = new StringBuilder();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                body.append(line).append('\n');
            }
            assertThat(body).contains("200").contains("http://localhost:3030/regkg/sparql").doesNotContain("evil.example");
        }
    }

    /** No server thread is still inside a regular expression or a path evaluation after its query ended. */
    private static void assertNoThreadStillMatching() throws InterruptedException {
        Thread.sleep(1500);
        var threads = ManagementFactory.getThreadMXBean().dumpAllThreads(false, false);
        for (var t : threads) {
            for (StackTraceElement e : t.getStackTrace()) {
                assertThat(e.getClassName()).as("thread %s", t.getThreadName())
                        .doesNotStartWith("java.util.regex.Pattern").doesNotContain("path.PathEngine");
            }
        }
    }
}
