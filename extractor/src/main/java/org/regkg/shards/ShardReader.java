package org.regkg.shards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** Reads a shard written by {@link ShardWriter} back as papers, each with its quads. */
public final class ShardReader {
    /** One paper of a shard. */
    public record PaperQuads(PaperHeader header, List<Quad> quads) {
    }

    private ShardReader() {
    }

    /**
     * Gives each paper of the gzipped shard {@code in} (named {@code name} in messages) to
     * {@code papers}, in the order written; closes {@code in}.
     */
    public static void read(InputStream in, String name, Consumer<PaperQuads> papers) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8))) {
            PaperHeader header = null;
            StringBuilder block = new StringBuilder();
            int blockLine = 0;
            int lineNo = 0;
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                Optional<PaperHeader> next = PaperHeader.parse(line);
                if (next.isPresent()) {
                    emit(name, blockLine, header, block, papers);
                    header = next.get();
                    block.setLength(0);
                    blockLine = lineNo;
                } else {
                    if (header == null && !line.isBlank()) {
                        throw new ShardException(name + ":" + lineNo, "quads before the first paper header");
                    }
                    block.append(line).append('\n');
                }
            }
            emit(name, blockLine, header, block, papers);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shard " + name, e);
        }
    }

    private static void emit(String name, int line, PaperHeader header, CharSequence block, Consumer<PaperQuads> papers) {
        if (header == null) {
            return;
        }
        List<Quad> quads = new ArrayList<>();
        try {
            RDFParser.fromString(block.toString(), Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    quads.add(quad);
                }
            });
        } catch (RiotException e) {
            throw new ShardException(name + ":" + line, "paper " + header.id() + ": bad N-Quads: " + e.getMessage());
        }
        papers.accept(new PaperQuads(header, quads));
    }
}
