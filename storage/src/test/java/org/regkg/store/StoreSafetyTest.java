package org.regkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9, findings 3 and 6: a build never replaces a folder it did not make, is locked against
 * a concurrent build and a running server, follows a symlinked store, writes build.json with the
 * store, and survives being killed at any point with the old or the new store answering.
 */
class StoreSafetyTest {
    static final String GRAPH = "http://example.org/kg/graph/facts";

    @TempDir
    Path dir;

    static void load(StoreWriter w, String content) {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource("urn:x:store"), m.createProperty("urn:x:content"), content);
        w.loadGraph(GRAPH, m);
    }

    static void build(Path store, String content) {
        try (StoreWriter w = new StoreWriter(new StoreLayout(store))) {
            load(w, content);
            w.commit(q -> ("{\"quads\":" + q + "}").getBytes());
        }
    }

    static String content(Path store) {
        Dataset ds = StoreLib.open(new StoreLayout(store));
        try {
            return Txn.calculateRead(ds, () -> ds.getUnionModel()
                    .listObjectsOfProperty(ds.getUnionModel().createProperty("urn:x:content")).next().toString());
        } finally {
            ds.close();
        }
    }

    @Test
    void aForeignFolderIsRefusedAndKept() throws IOException {
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Files.writeString(victim.resolve("keep.txt"), "keep");
        assertThatThrownBy(() -> build(victim, "A")).isInstanceOf(StoreException.class)
                .hasMessageContaining("not empty and not a RegKG store");
        assertThat(victim.resolve("keep.txt")).hasContent("keep");
        assertThat(dir.resolve("victim.building")).doesNotExist();
    }

    @Test
    void theWorkingDirectoryItsAncestorsAndInputFoldersAreRefused() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        assertThatThrownBy(() -> StoreTarget.forBuild(new StoreLayout(Path.of(".")), List.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("working directory");
        assertThatThrownBy(() -> StoreTarget.forBuild(new StoreLayout(cwd.getParent()), List.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("working directory");
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Path input = Files.writeString(inputs.resolve("papers.jsonl"), "");
        assertThatThrownBy(() -> StoreTarget.forBuild(new StoreLayout(inputs), List.of(input)))
                .isInstanceOf(StoreException.class).hasMessageContaining("holds the input");
    }

    @Test
    void anEmptyFolderAndAStoreAreAccepted() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        build(empty, "A");
        assertThat(content(empty)).isEqualTo("A");
        assertThat(empty.resolve(StoreTarget.MARKER)).exists();
        build(empty, "B");
        assertThat(content(empty)).isEqualTo("B");
    }

    @Test
    void buildJsonArrivesWithTheStore() {
        Path store = dir.resolve("store");
        build(store, "A");
        assertThat(store.resolve("build.json")).content().contains("\"quads\":");
    }

    @Test
    void aSymlinkedStoreKeepsItsLink() throws IOException {
        Path real = dir.resolve("real");
        build(real, "A");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        build(link, "B");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(content(link)).isEqualTo("B");
        assertThat(content(real)).isEqualTo("B");
    }

    @Test
    void aSecondBuildOfOneStoreIsRefusedWhileTheFirstRuns() {
        Path store = dir.resolve("store");
        try (StoreWriter first = new StoreWriter(new StoreLayout(store))) {
            assertThatThrownBy(() -> new StoreWriter(new StoreLayout(store))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("another build is running");
            load(first, "A");
            first.commit();
        }
        build(store, "B");
        assertThat(content(store)).isEqualTo("B");
    }

    @Test
    void aBuildDoesNotSwapUnderARunningServer() {
        Path store = dir.resolve("store");
        build(store, "A");
        try (StoreLock served = StoreLock.serve(StoreTarget.real(store))) {
            assertThatThrownBy(() -> build(store, "B")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("being served");
        }
        StoreWriter started = new StoreWriter(new StoreLayout(store));
        load(started, "C");
        try (StoreLock served = StoreLock.serve(StoreTarget.real(store))) {
            assertThatThrownBy(started::commit).isInstanceOf(StoreException.class).hasMessageContaining("being served");
        } finally {
            started.close();
        }
        assertThat(content(store)).isEqualTo("A");
        assertThat(dir.resolve("store.building")).doesNotExist();
    }

    /** The build lock holds against another process, after the build has checked for a server. */
    @Test
    void anotherProcessCannotBuildTheStoreWhileABuildRuns() throws Exception {
        Path store = dir.resolve("store");
        build(store, "old");
        try (StoreWriter running = new StoreWriter(new StoreLayout(store))) {
            load(running, "mine");
            Process p = probe(store, "other", "SWAPPED");
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isNotEqualTo(137).isNotZero();
            assertThat(Files.readString(dir.resolve("probe.log"))).contains("another build is running");
            running.commit();
        }
        assertThat(content(store)).isEqualTo("mine");
    }

    private Process probe(Path store, String content, String haltAt) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreCrashProbe.class.getName(), store.toString(), content, haltAt)
                .redirectErrorStream(true).redirectOutput(dir.resolve("probe.log").toFile()).start();
    }

    /** SIGKILL (a JVM halt) at each point of a rebuild: the store answers old or new, and the next build works. */
    @ParameterizedTest
    @ValueSource(strings = {"LOADING", "READY", "OLD_RETIRED", "SWAPPED"})
    void aBuildKilledAtAnyPointLeavesAWorkingStore(String haltAt) throws Exception {
        Path store = dir.resolve("store");
        build(store, "old");
        Process p = probe(store, "new", haltAt);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("probe.log"))).isEqualTo(137);
        String expected = haltAt.equals("SWAPPED") ? "new" : "old";
        assertThat(content(store)).isEqualTo(expected);
        build(store, "next");
        assertThat(content(store)).isEqualTo("next");
        assertThat(dir.resolve("store.retired")).doesNotExist();
        assertThat(dir.resolve("store.building")).doesNotExist();
    }
}
