package org.regkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regkg.nlp.PaperExtractor;
import org.regkg.pipeline.BuildListener;
import org.regkg.pipeline.BuildPipeline;
import org.regkg.pipeline.BuildSettings;
import org.regkg.rdf.IriMinter;
import org.regkg.store.StoreLayout;
import org.regkg.store.StoreLib;

/**
 * Trends and links out over HTTP, on a store of real arXiv records that carry years
 * ({@code serve/trends.jsonl}: 36 records of {@code ../shared/corpus/arxiv-regularization.jsonl}).
 */
class TrendsIT {
    static final Path TRENDS = ServeFixture.ROOT.resolve("server/src/test/resources/serve/trends.jsonl");
    static final String RKC = "https://w3id.org/regkg/concept/";
    private static Path dir;
    private static RegkgServer server;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("regkg-trends-it");
        StoreLayout layout = new StoreLayout(dir.resolve("store"));
        new BuildPipeline(PaperExtractor.standard()).run(
                new BuildSettings(List.of(TRENDS), null, layout, IriMinter.DEFAULT_BASE, false, 0), new BuildListener() { });
        Files.writeString(layout.buildInfo(), "{}");
        server = RegkgServer.start(new ServeSettings(layout, "127.0.0.1", 0, ServeFixture.TIMEOUT, ServeFixture.CONFIG,
                IriMinter.DEFAULT_BASE));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        StoreLib.deleteTree(dir);
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** The query's papers per year for a concept. */
    static Map<Integer, Long> trend(String concept) {
        Map<Integer, Long> out = new TreeMap<>();
        for (Map<String, Node> r : server.store().select("concept-trend.rq", Map.of("concept", NodeFactory.createURI(RKC + concept)))) {
            out.put(Integer.valueOf(r.get("year").getLiteralLexicalForm()), Long.valueOf(r.get("papers").getLiteralLexicalForm()));
        }
        return out;
    }

    @Test
    void theTrendQueryCountsPapersPerYearUnderTheConcept() {
        Map<Integer, Long> dropout = trend("dropout");
        assertThat(dropout).isNotEmpty();
        assertThat(dropout.keySet()).allSatisfy(y -> assertThat(y).isBetween(2018, 2026));
        // the materialized counts equal the counts by the property path, year by year
        var check = server.store().dataset();
        String q = "PREFIX rk: <https://w3id.org/regkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT ?y (COUNT(DISTINCT ?p) AS ?n) WHERE { "
                + "?p rk:usesTechnique/rk:concept/skos:broader* <" + RKC + "dropout> ; dcterms:issued ?i "
                + "BIND (xsd:integer(SUBSTR(STR(?i), 1, 4)) AS ?y) } GROUP BY ?y";
        Map<Integer, Long> byPath = server.store().read(() -> {
            Map<Integer, Long> m = new TreeMap<>();
            try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(check).query(q).build()) {
                qe.select().forEachRemaining(b -> m.put(Integer.valueOf(b.get("y").getLiteralLexicalForm()),
                        Long.valueOf(b.get("n").getLiteralLexicalForm())));
            }
            return m;
        });
        assertThat(dropout).isEqualTo(byPath);
        // everything under regularization includes dropout
        Map<Integer, Long> reg = trend("regularization");
        dropout.forEach((y, n) -> assertThat(reg.get(y)).isGreaterThanOrEqualTo(n));
    }

    @Test
    void trendsPageDrawsAnSvgLineChartPerConcept() {
        var r = Http.get(url("/trends?concept=dropout&concept=weight-decay"), "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body();
        assertThat(html).contains("<svg").contains("</svg>").contains("year of publication").contains(">papers</text>");
        assertThat(count(html, "<polyline")).isEqualTo(2);
        assertThat(html).contains("href=\"/concept/dropout\"").contains("href=\"/concept/weight-decay\"");
        // the table holds the query's numbers
        Map<Integer, Long> dropout = trend("dropout");
        dropout.forEach((y, n) -> assertThat(html).containsPattern("<th scope=\"row\">" + y + "</th><td class=\"num\">" + n + "</td>"));
        // one point per year between the first and the last, with a tooltip
        int years = dropout.isEmpty() ? 0 : java.util.Collections.max(trend("dropout").keySet()) - java.util.Collections.min(dropout.keySet()) + 1;
        assertThat(html).contains("<title>dropout, " + java.util.Collections.min(dropout.keySet()) + ": ");
        assertThat(count(html, "<circle")).isGreaterThanOrEqualTo(years);
    }

    @Test
    void unknownConceptsAreNamedEscaped() {
        String html = Http.get(url("/trends?concept=%3Cscript%3Ealert(1)%3C/script%3E&concept=dropout"), "text/html").body();
        assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
        assertThat(count(html, "<polyline")).isEqualTo(1);
    }

    @Test
    void conceptPagesShowTheirTrend() {
        // Mustache escapes "=" in attribute values as &#61;, which browsers read back as "="
        String html = Http.get(url("/concept/dropout"), "text/html").body().replace("&#61;", "=");
        assertThat(html).contains("Trend: papers per year").contains("<svg").contains("<polyline")
                .contains("href=\"/trends?concept=dropout\"");
    }

    @Test
    void techniquesPageDrawsTheConceptTreeAsATreemapOfLinks() {
        String html = Http.get(url("/browse/techniques"), "text/html").body();
        Matcher m = Pattern.compile("<figure class=\"treemap\">(.*?)</figure>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        String svg = m.group(1);
        assertThat(svg).contains("<svg").contains("href=\"/concept/regularization\"").contains("href=\"/concept/dropout\"");
        assertThat(count(svg, "<rect")).isEqualTo(count(svg, "<a href=\"/concept/"));
    }

    @Test
    void papersLinkOutToArxiv() {
        String q = "SELECT ?p WHERE { ?p <http://purl.org/dc/terms/identifier> \"arXiv:2503.16550\" }";
        String iri = server.store().read(() -> {
            try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(server.store().dataset()).query(q).build()) {
                return qe.select().next().get("p").getURI();
            }
        });
        assertThat(iri).startsWith(IriMinter.DEFAULT_BASE);
        String html = Http.get(url("/" + iri.substring(IriMinter.DEFAULT_BASE.length())), "text/html").body();
        assertThat(html).contains("href=\"https://arxiv.org/abs/2503.16550\"");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
