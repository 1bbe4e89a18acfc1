package org.regkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SPARQL endpoint over HTTP: protocol, result formats, read-only, timeout, self-description. */
@ExtendWith(ServeFixture.class)
class SparqlProtocolIT {
    static final String COUNT_PAPERS = "PREFIX rk: <https://w3id.org/regkg/ontology#> "
            + "SELECT (COUNT(?p) AS ?n) WHERE { ?p a rk:Paper }";
    /** 235 = the 234 abstracts of data/abstracts.txt and the escaping test paper. */
    static final int PAPERS = 235;

    @Test
    void getAndPostAnswerInJsonXmlAndCsv(ServeFixture.Served s) {
        for (String endpoint : new String[] {"/regkg/sparql", "/regkg/query"}) {
            var json = Http.get(s.url(endpoint + "?query=" + Http.encode(COUNT_PAPERS)), "application/sparql-results+json");
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
            assertThat(count(ResultSetMgr.read(stream(json.body()), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON)))
                    .isEqualTo(PAPERS);

            var xml = Http.postForm(s.url(endpoint), "query", COUNT_PAPERS, "application/sparql-results+xml");
            assertThat(xml.statusCode()).isEqualTo(200);
            assertThat(count(ResultSetMgr.read(stream(xml.body()), org.apache.jena.riot.resultset.ResultSetLang.RS_XML)))
                    .isEqualTo(PAPERS);

            var csv = Http.send(HttpRequest.newBuilder(URI.create(s.url(endpoint)))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(COUNT_PAPERS)).build());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body().strip().split("\r?\n")).containsExactly("n", Integer.toString(PAPERS));
        }
    }

    @Test
    void defaultGraphIsTheUnionOfFactsAndOntology(ServeFixture.Served s) {
        String ask = "ASK { <https://w3id.org/regkg/concept/dropout> ?p ?o . "
                + "?paper <https://w3id.org/regkg/ontology#usesTechnique> ?t }";
        var r = Http.get(s.url("/regkg/sparql?query=" + Http.encode(ask)), "application/sparql-results+json");
        assertThat(r.body()).contains("\"boolean\" : true");
    }

    @Test
    void constructAnswersInRdf(ServeFixture.Served s) {
        String q = "CONSTRUCT { ?c a <http://www.w3.org/2004/02/skos/core#Concept> } "
                + "WHERE { ?c <http://www.w3.org/2004/02/skos/core#broader> <https://w3id.org/regkg/concept/dropout> }";
        var r = Http.get(s.url("/regkg/sparql?query=" + Http.encode(q)), "text/turtle");
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertThat(m.contains(m.createResource("https://w3id.org/regkg/concept/spatial-dropout"), null)).isTrue();
    }

    @Test
    void everyKindOfUpdateIsRefusedAndTheDataStaysTheSame(ServeFixture.Served s) {
        String insert = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        String form = "update=" + Http.encode(insert);
        assertThat(Http.send("POST", s.url("/regkg/sparql"), "application/x-www-form-urlencoded", form).statusCode())
                .isBetween(400, 499);
        assertThat(Http.send("POST", s.url("/regkg/update"), "application/x-www-form-urlencoded", form).statusCode())
                .isBetween(400, 499);
        assertThat(Http.send("POST", s.url("/regkg/sparql"), "application/sparql-update", insert).statusCode())
                .isBetween(400, 499);
        assertThat(Http.send("POST", s.url("/regkg"), "application/sparql-update", insert).statusCode()).isBetween(400, 499);
        String triple = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        assertThat(Http.send("PUT", s.url("/regkg/data?default"), "text/turtle", triple).statusCode()).isEqualTo(405);
        assertThat(Http.send("POST", s.url("/regkg/data?graph=urn:x:g"), "text/turtle", triple).statusCode()).isEqualTo(405);
        assertThat(Http.send("POST", s.url("/regkg"), "text/turtle", triple).statusCode()).isEqualTo(405);
        assertThat(Http.send("DELETE", s.url("/regkg/data?graph=http://localhost:3030/graph/facts"), "text/plain", "")
                .statusCode()).isEqualTo(405);
        var ask = Http.get(s.url("/regkg/sparql?query=" + Http.encode("ASK { <urn:x:s> ?p ?o }")), "application/sparql-results+json");
        assertThat(ask.body()).contains("\"boolean\" : false");
    }

    @Test
    void graphStoreProtocolReadsGraphs(ServeFixture.Served s) {
        var r = Http.get(s.url("/regkg/data?graph=" + Http.encode("https://w3id.org/regkg/ontology")), "application/n-triples");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(m);
        assertThat(m.size()).isGreaterThan(3000);
    }

    /**
     * Fuseki buffers up to 5 MB of each response; without {@link ResponseBuffers} each response,
     * however small, took a new 5 MB direct buffer, and 100 answers took 500 MB of direct memory.
     */
    @Test
    void smallAnswersReuseTheResponseBuffers(ServeFixture.Served s) {
        BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(b -> b.getName().equals("direct")).findFirst().orElseThrow();
        Http.postForm(s.url("/regkg/sparql"), "query", "ASK {}", "application/sparql-results+json");
        long before = direct.getMemoryUsed();
        for (int i = 0; i < 100; i++) {
            var r = Http.postForm(s.url("/regkg/sparql"), "query", "ASK {}", "application/sparql-results+json");
            assertThat(r.statusCode()).isEqualTo(200);
        }
        assertThat(direct.getMemoryUsed() - before).isLessThan(ResponseBuffers.MAX_KEPT_BYTES);
    }

    @Test
    void aRunawayQueryIsCancelledAtTheTimeoutAndTheNextQueryWorks(ServeFixture.Served s) {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long start = System.nanoTime();
        var r = Http.postForm(s.url("/regkg/sparql"), "query", runaway, "application/sparql-results+json");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(seconds).isBetween(ServeFixture.TIMEOUT.toMillis() / 1000.0 - 0.1, 15.0);
        long start2 = System.nanoTime();
        var ok = Http.postForm(s.url("/regkg/sparql"), "query", COUNT_PAPERS, "text/csv");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains(Integer.toString(PAPERS));
        assertThat((System.nanoTime() - start2) / 1e9).isLessThan(2.0);
    }

    @Test
    void corsLetsOtherOriginsQuery(ServeFixture.Served s) {
        var r = Http.send(HttpRequest.newBuilder(URI.create(s.url("/regkg/sparql?query=" + Http.encode(COUNT_PAPERS))))
                .header("Origin", "https://example.org").header("Accept", "application/sparql-results+json").GET().build());
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValueSatisfying(
                v -> assertThat(v).isIn("*", "https://example.org"));
        var preflight = Http.send(HttpRequest.newBuilder(URI.create(s.url("/regkg/sparql")))
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
    }

    @Test
    void pingAndPrometheusMetrics(ServeFixture.Served s) {
        assertThat(Http.get(s.url("/$/ping"), null).statusCode()).isEqualTo(200);
        var metrics = Http.get(s.url("/$/metrics"), null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE fuseki_requests").contains("dataset=\"/regkg\"");
    }

    @Test
    void theEndpointDescribesItselfAndVoidDescribesTheDataset(ServeFixture.Served s) {
        // the published URLs are under the base the store was built with, whatever host and port answered
        String published = "http://localhost:3030";
        var sd = Http.get(s.url("/regkg/sparql"), "text/turtle");
        assertThat(sd.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(sd.body(), Lang.TURTLE).parse(m);
        String SD = "http://www.w3.org/ns/sparql-service-description#";
        assertThat(m.contains(null, m.createProperty(SD, "endpoint"), m.createResource(published + "/regkg/sparql"))).isTrue();
        assertThat(m.contains(null, m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))).isTrue();

        var v = Http.get(s.url("/.well-known/void"), "application/ld+json");
        assertThat(v.statusCode()).isEqualTo(200);
        Model vm = ModelFactory.createDefaultModel();
        RDFParser.fromString(v.body(), Lang.JSONLD).parse(vm);
        String VOID = "http://rdfs.org/ns/void#";
        // The build names the dataset under the store's base IRI, in its statistics graph.
        var ds = vm.createResource(QueriesIT.BASE + ".well-known/void#regkg");
        assertThat(ds.getProperty(vm.createProperty(VOID, "sparqlEndpoint")).getResource().getURI())
                .isEqualTo(published + "/regkg/sparql");
        assertThat(ds.getProperty(vm.createProperty(VOID, "triples")).getLong()).isGreaterThan(50_000);
        assertThat(vm.listObjectsOfProperty(ds, vm.createProperty(VOID, "dataDump")).toList()).hasSize(2);
        assertThat(vm.contains(null, vm.createProperty(VOID, "class"), vm.createResource("https://w3id.org/regkg/ontology#Paper")))
                .isTrue();
        assertThat(vm.contains(ds, vm.createProperty(VOID, "vocabulary"), vm.createResource("https://w3id.org/regkg/ontology#")))
                .isTrue();
    }

    @Test
    void dumpsAreGzippedRdfOfTheWholeStore(ServeFixture.Served s) throws IOException {
        HttpResponse<byte[]> nq = Http.getBytes(s.url("/dumps/regkg.nq.gz"));
        assertThat(nq.statusCode()).isEqualTo(200);
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(nq.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        }
        assertThat(dsg.listGraphNodes()).toIterable().extracting(n -> n.getURI())
                .contains("http://localhost:3030/graph/facts", "https://w3id.org/regkg/ontology");
        HttpResponse<byte[]> ttl = Http.getBytes(s.url("/dumps/regkg.ttl.gz"));
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(ttl.body()))) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        }
        assertThat(m.size()).isGreaterThan(50_000);
    }

    private static long count(ResultSet rs) {
        return rs.next().getLiteral("n").getLong();
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
