package org.regkg.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkg.ingest.Paper;
import org.regkg.ingest.PaperSource;
import org.regkg.ingest.PaperSources;

/** Harvests against a local server (the JDK's HttpServer on port 0) replaying recorded API responses. */
class HarvesterTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> log = new ArrayList<>();

    /** A reply: status, headers as pairs, body. */
    record Reply(int status, String retryAfter, byte[] body) {
        static Reply ok(byte[] body) {
            return new Reply(200, null, body);
        }
    }

    private URI serve(String path, Function<Integer, Reply> replies) throws IOException {
        AtomicInteger n = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(path, ex -> {
            requests.add(ex.getRequestURI().toString());
            Reply r = replies.apply(n.getAndIncrement());
            if (r.retryAfter() != null) {
                ex.getResponseHeaders().add("Retry-After", r.retryAfter());
            }
            ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(r.body());
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    static byte[] fixture(String name) throws IOException {
        try (var in = HarvesterTest.class.getResourceAsStream("/records/" + name)) {
            return in.readAllBytes();
        }
    }

    private HarvestSettings settings(HarvestSource source, URI endpoint, int max, Path out) {
        return new HarvestSettings(source, "all:regularization", null, max, out, endpoint, "regkg@example.org",
                Duration.ofMillis(10), 0, 3, Duration.ofMillis(10));
    }

    private static List<Paper> build(Path file) {
        List<Paper> out = new ArrayList<>();
        try (PaperSource s = new PaperSources().open(file, null)) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void arxivRetriesAfterA503AndStopsAtMax() throws IOException {
        byte[] page = fixture("arxiv-api-atom/rsxiv_query.xml");
        URI api = serve("/api/query", i -> i == 0 ? new Reply(503, "1", new byte[0]) : Reply.ok(page));
        Path out = dir.resolve("h.jsonl");
        long t0 = System.nanoTime();
        Harvester.Summary s = new Harvester(settings(HarvestSource.ARXIV, api, 10, out), log::add).run();
        assertThat(System.nanoTime() - t0).as("waited as Retry-After asked").isGreaterThanOrEqualTo(Duration.ofMillis(900).toNanos());
        assertThat(s.written()).isEqualTo(10);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1)).contains("search_query=all%3Aregularization", "start=0", "max_results=10");
        assertThat(log).anySatisfy(l -> assertThat(l).contains("HTTP 503", "retrying"));
        List<Paper> papers = build(out);
        assertThat(papers).hasSize(10);
        assertThat(papers.get(0).arxivId()).isEqualTo("nucl-ex/0408020");
        assertThat(papers.get(0).authors()).hasSize(9);
        assertThat(papers.get(0).year()).isEqualTo(2004);
        assertThat(papers.get(0).metadata().categories()).contains("nucl-ex");
    }

    @Test
    void aPageThatAddsNothingNewEndsTheHarvest() throws IOException {
        byte[] page = fixture("arxiv-api-atom/rsxiv_query.xml");
        URI api = serve("/api/query", i -> Reply.ok(page));
        Path out = dir.resolve("h.jsonl");
        Harvester.Summary s = new Harvester(settings(HarvestSource.ARXIV, api, 0, out), log::add).run();
        assertThat(s.total()).isEqualTo(10);
        assertThat(s.finished()).isTrue();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1)).contains("start=10");
    }

    @Test
    void aStoppedHarvestResumesWhereItStopped() throws IOException {
        byte[] page = fixture("arxiv-api-atom/rsxiv_query.xml");
        URI api = serve("/api/query", i -> Reply.ok(page));
        Path out = dir.resolve("h.jsonl");
        new Harvester(settings(HarvestSource.ARXIV, api, 4, out), log::add).run();
        assertThat(build(out)).hasSize(4);
        // a crash cut the last line short
        Files.writeString(out, "{\"id\":\"arXiv:cut", java.nio.file.StandardOpenOption.APPEND);
        Harvester.Summary s = new Harvester(settings(HarvestSource.ARXIV, api, 7, out), log::add).run();
        assertThat(requests.get(1)).contains("start=4", "max_results=3");
        assertThat(s.total()).isEqualTo(7);
        List<Paper> papers = build(out);
        assertThat(papers).hasSize(7);
        assertThat(papers.stream().map(Paper::id).distinct()).hasSize(7);
        assertThat(log).anySatisfy(l -> assertThat(l).contains("resuming"));
    }

    @Test
    void anOutputThatIsNotAHarvestIsLeftAlone() throws IOException {
        URI api = serve("/api/query", i -> Reply.ok(new byte[0]));
        Path out = Files.writeString(dir.resolve("mine.jsonl"), "{\"id\":\"x\"}\n");
        assertThatThrownBy(() -> new Harvester(settings(HarvestSource.ARXIV, api, 1, out), log::add).run())
                .isInstanceOf(HarvestException.class).hasMessageContaining("not a harvest");
        assertThat(Files.readString(out)).isEqualTo("{\"id\":\"x\"}\n");
        assertThat(requests).isEmpty();
    }

    @Test
    void givesUpAfterTheRetries() throws IOException {
        URI api = serve("/api/query", i -> new Reply(500, null, "oops".getBytes(StandardCharsets.UTF_8)));
        Path out = dir.resolve("h.jsonl");
        assertThatThrownBy(() -> new Harvester(settings(HarvestSource.ARXIV, api, 1, out), log::add).run())
                .isInstanceOf(HarvestException.class).hasMessageContaining("after 4 attempts").hasMessageContaining("HTTP 500");
        assertThat(requests).hasSize(4);
    }

    @Test
    void aClientErrorIsNotRetried() throws IOException {
        URI api = serve("/works", i -> new Reply(400, null, "bad".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> new Harvester(settings(HarvestSource.OPENALEX, api, 1, dir.resolve("o.jsonl")), log::add).run())
                .hasMessageContaining("HTTP 400");
        assertThat(requests).hasSize(1);
    }

    @Test
    void openalexPagesWithACursorAndMailto() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode page1 = (ObjectNode) json.readTree(fixture("openalex/zotero_openalex_import_5.json"));
        ((ObjectNode) page1.get("meta")).put("next_cursor", "Ij4yMDE");
        ObjectNode page2 = json.createObjectNode();
        page2.putObject("meta").putNull("next_cursor");
        page2.putArray("results").add(json.readTree(fixture("openalex/zotero_openalex_import_7.json")));
        byte[] b1 = json.writeValueAsBytes(page1);
        byte[] b2 = json.writeValueAsBytes(page2);
        URI api = serve("/works", i -> i == 0 ? new Reply(429, null, new byte[0]) : Reply.ok(i == 1 ? b1 : b2));
        Path out = dir.resolve("o.jsonl");
        HarvestSettings s = new HarvestSettings(HarvestSource.OPENALEX, "dropout", LocalDate.of(2020, 1, 1), 0, out, api,
                "regkg@example.org", Duration.ofMillis(10), 0, 3, Duration.ofMillis(10));
        Harvester.Summary sum = new Harvester(s, log::add).run();
        assertThat(requests).hasSize(3);
        assertThat(requests.get(1)).contains("search=dropout", "cursor=*", "mailto=regkg%40example.org",
                "filter=from_publication_date%3A2020-01-01");
        assertThat(requests.get(2)).contains("cursor=Ij4yMDE");
        assertThat(sum.finished()).isTrue();
        assertThat(sum.withoutAbstract()).isEqualTo(3);
        List<Paper> papers = build(out);
        assertThat(papers).extracting(Paper::title).containsExactly("The Big Data Research Ecosystem",
                "Reasons and Preventions of the Credit Risk with Village Banks", "Scikit-learn: Machine Learning in Python");
        Paper sk = papers.get(2);
        assertThat(sk.metadata().openalexId()).isEqualTo("W2101234009");
        assertThat(sk.arxivId()).isEqualTo("1201.0490");
        assertThat(sk.abstractText()).doesNotContain("abstract_inverted_index").contains("Python");
    }
}
