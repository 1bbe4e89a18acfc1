package org.regkg.spark;

import java.util.List;
import java.util.Objects;
import org.regkg.ingest.InputFormat;
import org.regkg.rdf.IriMinter;

/**
 * What a spark-extract job reads and writes.
 *
 * @param inputs     input files, folders or globs on any Hadoop file system, in order
 * @param format     the input format, or null to choose by each file's name
 * @param output     the folder for the shards and the manifest (must not exist yet, or be empty)
 * @param base       the base IRI minted IRIs go under (as for build)
 * @param partitions shards to write, or 0 for about one per {@value #PAPERS_PER_SHARD} papers and
 *                   at least two per core
 */
record ExtractSettings(List<String> inputs, InputFormat format, String output, String base, int partitions) {
    static final int PAPERS_PER_SHARD = 5000;

    ExtractSettings {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        base = base == null ? IriMinter.DEFAULT_BASE : base;
    }

    /** The number of shards for {@code papers} papers on {@code cores} cores. */
    int shards(long papers, int cores) {
        if (partitions > 0) {
            return partitions;
        }
        return (int) Math.max(2L * Math.max(1, cores), (papers + PAPERS_PER_SHARD - 1) / PAPERS_PER_SHARD);
    }
}
