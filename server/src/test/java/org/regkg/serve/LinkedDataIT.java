package org.regkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regkg.rdf.RK;

/** Dereferencing minted and ontology IRIs: content negotiation, pages, escaping. */
@ExtendWith(ServeFixture.class)
class LinkedDataIT {
    static final String BASE = "http://localhost:3030/";
    static final String CUTOUT_PAPER = "paper/improved-regularization-of-convolutional-neural-networks-2474c799";

    @Test
    void everyRdfFormatParsesAndDescribesThePaper(ServeFixture.Served s) {
        for (RdfFormat f : RdfFormat.values()) {
            if (f.isHtml()) {
                continue;
            }
            HttpResponse<String> r = Http.get(s.url("/" + CUTOUT_PAPER), f.mediaType());
            assertThat(r.statusCode()).as(f.name()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(f.mediaType());
            assertThat(r.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
            Model m = parse(r.body(), f);
            Resource paper = m.createResource(BASE + CUTOUT_PAPER);
            assertThat(m.contains(paper, RDF.type, RK.Paper)).as(f.name()).isTrue();
            assertThat(m.contains(paper, RK.usesTechnique, m.createResource(BASE + "technique/cutout"))).as(f.name()).isTrue();
            // incoming links are part of the description: the facts about the paper
            assertThat(m.listSubjectsWithProperty(RK.aboutPaper, paper).toList()).as(f.name()).isNotEmpty();
        }
    }

    @Test
    void suffixAndFormatParameterChooseTheFormatToo(ServeFixture.Served s) {
        var ttl = Http.get(s.url("/technique/dropout.ttl"), "text/html");
        assertThat(ttl.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        assertThat(parse(ttl.body(), RdfFormat.TURTLE).contains(m(BASE + "technique/dropout"), RK.concept,
                m("https://w3id.org/regkg/concept/dropout"))).isTrue();
        var nt = Http.get(s.url("/technique/dropout?format=nt"), "text/html");
        assertThat(nt.headers().firstValue("Content-Type").orElse("")).startsWith("application/n-triples");
        var html = Http.get(s.url("/technique/dropout"), "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(Http.get(s.url("/technique/dropout"), "image/png").statusCode()).isEqualTo(406);
        assertThat(Http.get(s.url("/technique/no-such-technique"), "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void conceptsAndTheOntologyDereferenceLocally(ServeFixture.Served s) {
        Model concept = parse(Http.get(s.url("/concept/dropout"), "text/turtle").body(), RdfFormat.TURTLE);
        assertThat(concept.contains(m("https://w3id.org/regkg/concept/dropout"),
                org.apache.jena.vocabulary.SKOS.broader, m("https://w3id.org/regkg/concept/noise-injection"))).isTrue();
        Model onto = parse(Http.get(s.url("/ontology"), "application/rdf+xml").body(), RdfFormat.RDFXML);
        assertThat(onto.contains(RK.Paper, RDF.type, org.apache.jena.vocabulary.OWL.Class)).isTrue();
        assertThat(onto.contains(m("https://w3id.org/regkg/concept/dropout"), null)).isTrue();
        String doc = Http.get(s.url("/ontology"), "text/html").body();
        assertThat(doc).contains("id=\"Paper\"").contains("id=\"usesTechnique\"").contains("href=\"/concept/scheme\"");
    }

    @Test
    void thePaperPageShowsLabelsEvidenceAndLinks(ServeFixture.Served s) {
        String html = Http.get(s.url("/" + CUTOUT_PAPER), "text/html").body();
        assertThat(html).contains("<h1>Improved Regularization of Convolutional Neural Networks with Cutout</h1>");
        // property labels from the ontology, not raw IRIs
        assertThat(html).contains(">uses technique</a>").contains(">evaluated on</a>").doesNotContain(">usesTechnique<");
        // links go to this server's pages
        assertThat(html).contains("href=\"/technique/cutout\"").contains("href=\"/dataset/svhn\"");
        // evidence with the mention highlighted
        assertThat(html).contains("with <mark>Cutout</mark></blockquote>");
        assertThat(html).contains("facts about this paper");
    }

    @Test
    void theTechniqueAndConceptPagesShowIncomingLinksAndTheHierarchy(ServeFixture.Served s) {
        String technique = Http.get(s.url("/technique/cutout"), "text/html").body();
        assertThat(technique).contains("papers that use this technique")
                .contains("href=\"/" + CUTOUT_PAPER + "\"").contains("href=\"/concept/cutout\"");
        String concept = Http.get(s.url("/concept/dropout"), "text/html").body();
        assertThat(concept).contains("Place in the concept hierarchy")
                .containsPattern("href=\"/concept/regularization\"[^>]*>regularization</a>")
                .contains("href=\"/concept/spatial-dropout\"")
                .contains("Papers that use this concept or a narrower one");
    }

    @Test
    void factPagesShowTheEvidenceSentence(ServeFixture.Served s) {
        String html = Http.get(s.url("/" + CUTOUT_PAPER + "/fact/technique/cutout"), "text/html").body();
        assertThat(html).contains("<mark>Cutout</mark>").contains("href=\"/" + CUTOUT_PAPER + "\"");
        Model m = parse(Http.get(s.url("/" + CUTOUT_PAPER + "/fact/technique/cutout"), "application/ld+json").body(),
                RdfFormat.JSONLD);
        assertThat(m.contains(m(BASE + CUTOUT_PAPER + "/fact/technique/cutout"), RK.aboutPaper, m(BASE + CUTOUT_PAPER)))
                .isTrue();
    }

    @Test
    void dataFromThePapersIsEscapedEverywhere(ServeFixture.Served s) {
        String search = Http.get(s.url("/search?q=" + Http.encode("Escaping Tests")), "text/html").body();
        assertThat(search).doesNotContain("<script>window.regkgXss").doesNotContain("<b>Weight Decay</b>")
                .contains("&lt;script&gt;window.regkgXss &#61; 1&lt;/script&gt;");
        String href = search.replaceAll("(?s).*href=\"(/paper/script-window[^\"]*)\".*", "$1");
        assertThat(href).startsWith("/paper/");
        String page = Http.get(s.url(href), "text/html").body();
        assertThat(page).doesNotContain("<script>window").doesNotContain("<b>Weight").doesNotContain("<i>without</i>")
                .contains("<h1>&lt;script&gt;window.regkgXss &#61; 1&lt;/script&gt; Dropout &amp; &lt;b&gt;Weight Decay&lt;/b&gt; &quot;Quoted&quot;");
        String papers = Http.get(s.url("/browse/papers"), "text/html").body();
        assertThat(papers).doesNotContain("<script>window").contains("&lt;script&gt;window.regkgXss");
        // the only scripts on any page are RegKG's own files
        assertThat(page.split("<script").length).isEqualTo(1);
    }

    @Test
    void browsePagesListTheGraph(ServeFixture.Served s) {
        // papers in order of title, 100 a page
        assertThat(Http.get(s.url("/browse/papers"), null).body()).contains("A Closer Look at Rehearsal-Free Continual Learning")
                .doesNotContain("Understanding deep learning requires rethinking generalization").contains("rel=\"next\"");
        assertThat(Http.get(s.url("/browse/papers?page=3"), null).body()).contains("Understanding deep learning requires rethinking generalization");
        assertThat(Http.get(s.url("/browse/techniques"), null).body())
                .containsPattern("href=\"/concept/dropout\"[^>]*>dropout</a>\\s*<span class=\"count\">\\d+ papers");
        assertThat(Http.get(s.url("/browse/datasets"), null).body()).contains("href=\"/dataset/svhn\"");
        assertThat(Http.get(s.url("/browse/results"), null).body()).contains("<strong>2.56%</strong>").contains("<strong>1.30%</strong>");
        assertThat(Http.get(s.url("/browse/methods"), null).body()).contains("<th scope=\"col\">method</th>");
    }

    private static Resource m(String iri) {
        return ModelFactory.createDefaultModel().createResource(iri);
    }

    private static Model parse(String body, RdfFormat f) {
        Lang lang = f.rdfFormat().getLang();
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(model);
        return model;
    }
}
