package org.regkg.shards;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.regkg.facts.FactCounts;
import org.regkg.facts.FactSink;
import org.regkg.facts.PaperFacts;
import org.regkg.rdf.FactsToRdf;
import org.regkg.rdf.IriMinter;

/**
 * Writes papers' facts as one gzipped N-Quads shard: for each paper a {@link PaperHeader} comment
 * and then the quads {@link FactsToRdf} makes of its facts, exactly the quads a build loads.
 */
public final class ShardWriter implements FactSink {
    private final Writer out;
    private final IriMinter iris;
    private final String extractorVersion;
    private FactCounts counts = FactCounts.NONE;
    private long quads;

    /** A shard written to {@code raw}, which is gzipped here and closed by {@link #close()}. */
    public ShardWriter(OutputStream raw, IriMinter iris, String extractorVersion) {
        try {
            this.out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(raw, 1 << 16), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a shard", e);
        }
        this.iris = iris;
        this.extractorVersion = extractorVersion;
    }

    @Override
    public void accept(PaperFacts facts) {
        try {
            out.write(new PaperHeader(facts.paper().id(), facts.paper().origin(), FactCounts.of(facts)).line());
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a shard", e);
        }
        StreamRDF quadsOut = new StreamRDFWrapper(StreamRDFLib.writer(out)) {
            @Override
            public void quad(Quad quad) {
                quads++;
                super.quad(quad);
            }
        };
        quadsOut.start();
        new FactsToRdf(iris, quadsOut, extractorVersion).write(facts);
        quadsOut.finish();
        counts = counts.plus(FactCounts.of(facts));
    }

    /** The facts written so far, by kind. */
    public FactCounts counts() {
        return counts;
    }

    /** The quads written so far. */
    public long quads() {
        return quads;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish a shard", e);
        }
    }
}
