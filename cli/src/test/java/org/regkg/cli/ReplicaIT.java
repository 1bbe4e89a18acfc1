package org.regkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serving at scale: a finished store copied to other folders serves from each copy at once,
 * read-only, each {@code regkg serve --store COPY} in a JVM of its own (as replicas behind a load
 * balancer), and every replica answers as the original store does.
 */
class ReplicaIT {
    static final Path MINI = BuildIT.MINI;
    static final String COUNT = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/regkg/ontology#Paper> }";
    static final Pattern SERVING = Pattern.compile("serving .* at (http://[^ ]+)/");

    @TempDir
    static Path dir;
    static Path store;
    static final List<Process> replicas = new ArrayList<>();
    static final List<String> urls = new ArrayList<>();

    @BeforeAll
    static void buildCopyAndServe() throws Exception {
        store = dir.resolve("store");
        Cli.Run build = Cli.run("build", "--input", MINI.toString(), "--store", store.toString());
        assertThat(build.status()).as(build.err()).isZero();
        for (String name : List.of("replica-1", "replica-2")) {
            Path copy = dir.resolve(name);
            copyTree(store, copy);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "serve", "--store", copy.toString(), "--port", "0").redirectErrorStream(true).start();
            replicas.add(p);
            urls.add(awaitUrl(p));
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process p : replicas) {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyReplicaAnswersAsTheOriginalStore() throws Exception {
        Cli.Run original = Cli.run("query", "-e", COUNT, "--store", store.toString(), "--format", "csv");
        assertThat(original.status()).as(original.err()).isZero();
        String expected = original.out().strip().lines().skip(1).findFirst().orElseThrow();
        assertThat(expected).isEqualTo("5");
        HttpClient http = HttpClient.newHttpClient();
        for (String url : urls) {
            HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(url + "/$/ping")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ping.statusCode()).isEqualTo(200);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url + "/regkg/sparql?query="
                            + URLEncoder.encode(COUNT, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body().strip().lines().skip(1).findFirst().orElseThrow()).isEqualTo(expected);
        }
    }

    @Test
    void replicasAreReadOnly() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String url : urls) {
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(url + "/regkg/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(update.statusCode()).isBetween(400, 499);
        }
    }

    /** Reads the server's output until it says where it serves. */
    private static String awaitUrl(Process p) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = r.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = SERVING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        r.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException e) {
                        // the replica stopped
                    }
                }, "replica-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new AssertionError("the replica stopped before serving:\n" + seen);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
