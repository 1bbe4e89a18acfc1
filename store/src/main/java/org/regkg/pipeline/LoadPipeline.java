package org.regkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.jena.riot.system.StreamRDF;
import org.regkg.facts.FactCounts;
import org.regkg.ingest.InputException;
import org.regkg.shards.ShardException;
import org.regkg.shards.ShardManifest;
import org.regkg.shards.ShardReader;

/**
 * A load: the shards of a {@code spark-extract} job into a new store, through the same
 * {@link NewStore} as a build (bulk loader, shared-entity labels, validation, text index, swap), so
 * that the store equals the one a build of the same input makes. Every shard is checked against the
 * manifest: a missing or truncated shard stops the load and keeps the old store.
 */
public final class LoadPipeline {
    public BuildSummary run(LoadSettings settings, BuildListener listener) {
        long started = System.nanoTime();
        ShardManifest manifest = readManifest(settings.shards());
        checkRejected(manifest, settings, listener);
        manifest.duplicates().forEach(d -> listener.skipped(d.record() + ": duplicate paper, built once: " + d.reason()));
        for (ShardManifest.Shard s : manifest.shards()) {
            if (!Files.isRegularFile(settings.shards().resolve(s.file()))) {
                throw new ShardException(settings.shards().resolve(s.file()).toString(), "shard listed in the manifest is missing");
            }
        }
        listener.started(manifest.counts().papers());
        long quads;
        try (NewStore store = new NewStore(settings.store(), manifest.base(), manifest.extractorVersion())) {
            StreamRDF out = store.quads();
            for (ShardManifest.Shard s : manifest.shards()) {
                loadShard(settings.shards().resolve(s.file()), s, out, listener);
            }
            listener.step("loading, validating and indexing");
            quads = store.commit();
        }
        listener.finished();
        FactCounts c = manifest.counts();
        long skipped = settings.skipInvalid() ? manifest.rejected().size() : 0;
        return new BuildSummary(c.papers(), skipped, manifest.duplicates().size(), quads, c.methods(),
                c.techniques(), c.datasets(), c.claims(), c.quantities(), (System.nanoTime() - started) / 1e9);
    }

    private static ShardManifest readManifest(Path dir) {
        Path file = dir.resolve(ShardManifest.FILE);
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "no such folder (give the --output folder of spark-extract)");
        }
        try {
            return ShardManifest.read(Files.newInputStream(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no manifest: not the output of a finished spark-extract job");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    /** Rejected records stop a load, as bad records stop a build, unless it skips them. */
    private static void checkRejected(ShardManifest m, LoadSettings settings, BuildListener listener) {
        if (m.rejected().isEmpty()) {
            return;
        }
        if (!settings.skipInvalid()) {
            ShardManifest.Skipped first = m.rejected().get(0);
            String more = m.rejected().size() > 1 ? " (and " + (m.rejected().size() - 1) + " more bad records" : " (a bad record";
            throw new InputException(first.record(), first.reason() + more
                    + " in the input of " + settings.shards() + "; --skip-invalid loads the rest)");
        }
        m.rejected().forEach(r -> listener.skipped(r.message() + " (skipped)"));
    }

    private static void loadShard(Path file, ShardManifest.Shard expected, StreamRDF out, BuildListener listener) {
        long[] seen = new long[2];
        try (InputStream in = Files.newInputStream(file)) {
            ShardReader.read(in, file.toString(), paper -> {
                paper.quads().forEach(out::quad);
                seen[0]++;
                seen[1] += paper.quads().size();
                listener.paperDone();
            });
        } catch (IOException e) {
            throw new ShardException(file.toString(), "cannot read: " + e.getMessage());
        }
        if (seen[0] != expected.papers() || seen[1] != expected.quads()) {
            throw new ShardException(file.toString(), "holds " + seen[0] + " papers and " + seen[1]
                    + " quads, the manifest says " + expected.papers() + " and " + expected.quads() + " (a partial copy?)");
        }
    }
}
