package org.regkg.shards;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.regkg.facts.FactCounts;

/**
 * What a shard folder holds ({@code manifest.json}): the inputs it was extracted from, the
 * extractor version and base IRI, the shards with their paper and quad counts, the facts by kind,
 * and every record left out, with the reason (bad records and duplicates).
 *
 * @param format           {@link #FORMAT}
 * @param inputs           the inputs, as given to the job
 * @param extractorVersion the RegKG version that extracted the facts
 * @param base             the base IRI of the minted IRIs
 * @param records          records read, good and bad
 * @param quads            quads in all shards
 * @param counts           papers and facts by kind
 * @param shards           the shard files, in load order
 * @param rejected         bad records: where and what is wrong (a load stops on them unless told to skip them)
 * @param noAbstract       records without an abstract, reported and left out as a build does
 * @param duplicates       records left out as duplicates of an earlier one
 */
public record ShardManifest(String format, List<String> inputs, String extractorVersion, String base,
                            long records, long quads, FactCounts counts, List<Shard> shards,
                            List<Skipped> rejected, List<Skipped> noAbstract, List<Skipped> duplicates) {
    public static final String FILE = "manifest.json";
    public static final String FORMAT = "regkg-shards/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ShardManifest {
        inputs = List.copyOf(inputs);
        shards = List.copyOf(shards);
        rejected = List.copyOf(rejected);
        noAbstract = noAbstract == null ? List.of() : List.copyOf(noAbstract);
        duplicates = List.copyOf(duplicates);
    }

    /** One shard file, relative to the folder. */
    public record Shard(String file, long papers, long quads) {
    }

    /** A record left out. */
    public record Skipped(String record, String reason) {
        /** The line a build would print for it. */
        public String message() {
            return record + ": " + reason;
        }
    }

    /** The name of shard number {@code n}. */
    public static String shardName(int n) {
        return String.format(java.util.Locale.ROOT, "part-%05d.nq.gz", n);
    }

    public void write(OutputStream out) throws IOException {
        MAPPER.writeValue(out, this);
    }

    /** Reads a manifest; {@code name} names it in messages. */
    public static ShardManifest read(InputStream in, String name) {
        ShardManifest m;
        try (in) {
            m = MAPPER.readValue(in, ShardManifest.class);
        } catch (IOException e) {
            throw new ShardException(name, "not a RegKG shard manifest: " + e.getMessage());
        }
        if (!FORMAT.equals(m.format())) {
            throw new ShardException(name, "shard format " + m.format() + ", expected " + FORMAT);
        }
        return m;
    }
}
