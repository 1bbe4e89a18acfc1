package org.regkg.shards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.regkg.facts.FactCounts;
import org.regkg.facts.PaperFacts;
import org.regkg.rdf.FactsToRdf;
import org.regkg.rdf.FactsToRdfTest;
import org.regkg.rdf.IriMinter;

/** A shard holds exactly the quads a build writes for each paper, and reads back paper by paper. */
class ShardRoundTripTest {
    static final IriMinter IRIS = new IriMinter(IriMinter.DEFAULT_BASE);

    @Test
    void aShardReadsBackAsTheQuadsOfEachPaper() {
        PaperFacts facts = FactsToRdfTest.facts();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ShardWriter writer = new ShardWriter(bytes, IRIS, "1.0");
        writer.accept(facts);
        writer.accept(facts);
        writer.close();

        List<ShardReader.PaperQuads> papers = new ArrayList<>();
        ShardReader.read(new ByteArrayInputStream(bytes.toByteArray()), "test.nq.gz", papers::add);

        List<Quad> expected = direct(facts);
        assertThat(papers).hasSize(2);
        assertThat(papers.get(0).header()).isEqualTo(new PaperHeader("p1", "in.jsonl:1", FactCounts.of(facts)));
        assertThat(papers.get(0).quads()).containsExactlyElementsOf(expected);
        assertThat(writer.quads()).isEqualTo(2L * expected.size());
        assertThat(writer.counts()).isEqualTo(FactCounts.of(facts).plus(FactCounts.of(facts)));
    }

    @Test
    void quadsOutsideAPaperAreBadInput() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("<http://a> <http://b> <http://c> <http://g> .\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> ShardReader.read(new ByteArrayInputStream(bytes.toByteArray()), "x.nq.gz", p -> { }))
                .isInstanceOf(ShardException.class).hasMessage("x.nq.gz:1: quads before the first paper header");
    }

    @Test
    void theManifestRoundTrips() throws IOException {
        ShardManifest m = new ShardManifest(ShardManifest.FORMAT, List.of("in.jsonl"), "1.0", IriMinter.DEFAULT_BASE,
                3, 10, new FactCounts(1, 2, 3, 4, 5, 6), List.of(new ShardManifest.Shard(ShardManifest.shardName(0), 1, 10)),
                List.of(new ShardManifest.Skipped("in.jsonl:2", "malformed JSON")),
                List.of(new ShardManifest.Skipped("in.jsonl:4", "no abstract, skipped: \"x\"")),
                List.of(new ShardManifest.Skipped("in.jsonl:3", "same title as in.jsonl:1")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        assertThat(ShardManifest.read(new ByteArrayInputStream(out.toByteArray()), "m")).isEqualTo(m);
        assertThat(ShardManifest.shardName(7)).isEqualTo("part-00007.nq.gz");
    }

    @Test
    void aManifestOfAnotherFormatIsRefused() {
        byte[] json = "{\"format\":\"other/9\",\"inputs\":[],\"shards\":[],\"rejected\":[],\"duplicates\":[]}"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ShardManifest.read(new ByteArrayInputStream(json), "m.json"))
                .isInstanceOf(ShardException.class).hasMessageContaining("m.json: shard format other/9");
    }

    private static List<Quad> direct(PaperFacts facts) {
        List<Quad> quads = new ArrayList<>();
        new FactsToRdf(IRIS, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                quads.add(quad);
            }
        }, "1.0").write(facts);
        return quads;
    }
}
