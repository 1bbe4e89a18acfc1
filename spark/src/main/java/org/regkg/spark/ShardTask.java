package org.regkg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.regkg.nlp.PaperExtractor;
import org.regkg.rdf.IriMinter;
import org.regkg.shards.ShardManifest;
import org.regkg.shards.ShardWriter;

/**
 * One partition's work: extract each paper with this JVM's {@link ExtractorHolder extractor} and
 * write the facts as one gzipped N-Quads shard. The shard is written under {@code _temporary/}
 * and renamed into place when complete, so a failed or speculative attempt never leaves half a
 * shard under its final name (extraction is deterministic: every attempt writes the same bytes).
 */
final class ShardTask implements Function2<Integer, Iterator<InputRecord>, Iterator<ShardResult>> {
    static final String TEMPORARY = "_temporary";

    private final String output;
    private final String base;
    private final String extractorVersion;
    private final HadoopConf conf;

    ShardTask(String output, String base, String extractorVersion, HadoopConf conf) {
        this.output = output;
        this.base = base;
        this.extractorVersion = extractorVersion;
        this.conf = conf;
    }

    @Override
    public Iterator<ShardResult> call(Integer partition, Iterator<InputRecord> records) throws IOException {
        String name = ShardManifest.shardName(partition);
        Path dir = new Path(output);
        FileSystem fs = dir.getFileSystem(conf.get());
        fs.setWriteChecksum(false);
        TaskContext task = TaskContext.get();
        long attempt = task == null ? 0 : task.taskAttemptId();
        Path temporary = new Path(new Path(dir, TEMPORARY), name + ".attempt-" + attempt);
        Path done = new Path(dir, name);
        PaperExtractor extractor = ExtractorHolder.get();
        long startedMs = System.currentTimeMillis();
        ShardWriter writer = new ShardWriter(fs.create(temporary, true), new IriMinter(base), extractorVersion);
        try (writer) {
            while (records.hasNext()) {
                writer.accept(extractor.extract(records.next().paper()));
            }
        } catch (UncheckedIOException e) {
            fs.delete(temporary, false);
            throw e;
        }
        if (fs.exists(done)) {
            fs.delete(done, false);
        }
        if (!fs.rename(temporary, done)) {
            throw new IOException("cannot rename " + temporary + " to " + done);
        }
        return List.of(new ShardResult(name, writer.quads(), writer.counts(), startedMs, System.currentTimeMillis())).iterator();
    }
}
