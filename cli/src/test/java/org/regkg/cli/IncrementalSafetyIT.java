package org.regkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.regkg.nlp.ExtractorVersion;
import org.regkg.pipeline.StoreUpdate;
import org.regkg.store.StoreLayout;

/**
 * {@code add} and {@code remove} change the store in place, so they must be atomic by themselves:
 * killed (a JVM halt, as SIGKILL) or failing at any point of the commit, the store answers as
 * before or as after, with a text index that agrees with its triples (an interrupted update's
 * journal is repaired when the store is next opened); and a store a server holds is refused
 * without being touched.
 */
class IncrementalSafetyIT {
    @TempDir
    static Path dir;
    static Path before;
    static Path after;

    @BeforeAll
    static void stores() throws IOException {
        before = dir.resolve("before");
        after = dir.resolve("after");
        // one paper a file, so that every paper has the same input position in both builds
        List<String> all = new ArrayList<>(List.of("build", "--store", before.toString()));
        List<String> rest = new ArrayList<>(List.of("build", "--store", after.toString()));
        for (int i = 0; i < 5; i++) {
            Path f = IncrementalIT.write(dir, "p" + (i + 1) + ".jsonl", i, i + 1);
            all.addAll(List.of("--input", f.toString()));
            if (i > 0) {
                rest.addAll(List.of("--input", f.toString()));
            }
        }
        assertThat(Cli.run(all.toArray(String[]::new)).status()).isZero();
        assertThat(Cli.run(rest.toArray(String[]::new)).status()).isZero();
    }

    private static Path copyOfBefore(String name) throws IOException {
        Path copy = dir.resolve(name);
        try (Stream<Path> paths = Files.walk(before)) {
            for (Path p : paths.toList()) {
                Path to = copy.resolve(before.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().equals("tdb.lock") && !p.getFileName().toString().equals("write.lock")) {
                    Files.copy(p, to);
                }
            }
        }
        return copy;
    }

    /** The text index finds p1-1 by its title exactly when the store holds it. */
    private static void assertAnswersAs(Path store, Path expected) {
        IncrementalIT.assertSameGraphs(expected, store);
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?p WHERE { ?p text:query '\\\""
                + IncrementalIT.title(dir.resolve("p1.jsonl"), 0) + "\\\"' }";
        Cli.Run found = Cli.run("query", "--store", store.toString(), "--format", "csv", "-e", query);
        assertThat(found.status()).as(found.err()).isZero();
        if (expected.equals(before)) {
            assertThat(found.out()).contains("paper/p1-1");
        } else {
            assertThat(found.out()).doesNotContain("paper/p1-1");
        }
        assertThat(store.resolve("text.pending")).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(StoreUpdate.Stage.class)
    void anUpdateKilledAtAnyPointLeavesTheOldOrTheNewStore(StoreUpdate.Stage haltAt) throws Exception {
        Path store = copyOfBefore("killed-" + haltAt);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                UpdateCrashProbe.class.getName(), store.toString(), "p1-1", haltAt.name())
                .redirectErrorStream(true).redirectOutput(dir.resolve("probe-" + haltAt + ".log").toFile()).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("probe-" + haltAt + ".log"))).isEqualTo(137);
        boolean committed = haltAt.compareTo(StoreUpdate.Stage.COMMITTED) >= 0;
        assertAnswersAs(store, committed ? after : before);
        Cli.Run again = Cli.run("remove", "--id", "p2-1", "--store", store.toString());
        assertThat(again.status()).as("the store works on: %s", again.err()).isZero();
    }

    @ParameterizedTest
    @EnumSource(StoreUpdate.Stage.class)
    void anUpdateFailingAtAnyPointLeavesTheOldOrTheNewStore(StoreUpdate.Stage failAt) throws Exception {
        Path store = copyOfBefore("failed-" + failAt);
        try (StoreUpdate update = new StoreUpdate(new StoreLayout(store), ExtractorVersion.get())) {
            update.stages(stage -> {
                if (stage == failAt) {
                    throw new IllegalStateException("failing at " + stage);
                }
            });
            assertThat(update.remove("p1-1")).isTrue();
            assertThatThrownBy(update::commit).hasMessageContaining("failing at");
        }
        boolean committed = failAt.compareTo(StoreUpdate.Stage.COMMITTED) >= 0;
        assertAnswersAs(store, committed ? after : before);
    }

    @Test
    void aServedStoreIsRefusedAndLeftAlone() throws Exception {
        Path store = copyOfBefore("served");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", store.toString(), "--port", "0").redirectErrorStream(true).start();
        try {
            awaitStarted(server);
            Cli.Run remove = Cli.run("remove", "--id", "p1-1", "--store", store.toString());
            assertThat(remove.status()).isEqualTo(2);
            assertThat(remove.err()).contains("served");
            Cli.Run add = Cli.run("add", "--input", dir.resolve("p1.jsonl").toString(), "--store", store.toString());
            assertThat(add.status()).isEqualTo(2);
            assertThat(add.err()).contains("served");
            assertThat(store.resolve("text.pending")).doesNotExist();
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        assertAnswersAs(store, before);
    }

    private static void awaitStarted(Process p) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.contains("http://")) {
                return;
            }
        }
        throw new IllegalStateException("the server ended before it started");
    }
}
