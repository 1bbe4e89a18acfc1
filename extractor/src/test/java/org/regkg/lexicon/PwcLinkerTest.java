package org.regkg.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PwcLinkerTest {
    static final Path ROOT = Path.of(System.getProperty("regkg.root", ".."));
    static final Path LINKS = ROOT.resolve("ontology/" + PwcLinker.FILE);
    static final Path PWC = ROOT.resolve("../shared/reference/pwc-methods.json");

    @Test
    void labelsCompareWithoutCaseAccentsAndPunctuation() {
        assertThat(PwcLinker.key("Drop-Path")).isEqualTo("drop path");
        assertThat(PwcLinker.key("  Mixup\u00e9 (ICLR)")).isEqualTo("mixupe iclr");
    }

    @Test
    void conceptsMatchMethodNamesOrFullNamesByPreferredThenAlternativeLabels() throws IOException {
        Model scheme = ModelFactory.createDefaultModel();
        Resource dropout = scheme.createResource("https://w3id.org/regkg/concept/dropout").addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, "dropout", "en").addProperty(SKOS.altLabel, "batch normalization", "en");
        Resource bn = scheme.createResource("https://w3id.org/regkg/concept/batch-normalization").addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, "Batch Normalization", "en").addProperty(SKOS.altLabel, "BN", "en");
        scheme.createResource("https://w3id.org/regkg/concept/nothing").addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, "no such method", "en");
        JsonNode methods = new ObjectMapper().readTree("""
                [{"name": "Dropout", "full_name": "Dropout", "url": "https://paperswithcode.com/method/dropout"},
                 {"name": "BN", "full_name": "Batch Normalization", "url": "https://paperswithcode.com/method/batch-normalization"},
                 {"name": "Evil", "full_name": "dropout", "url": "javascript:alert(1)"}]""");
        Map<String, Set<String>> links = PwcLinker.match(scheme, methods);
        assertThat(links).containsOnly(
                Map.entry(dropout.getURI(), Set.of("https://paperswithcode.com/method/dropout")),
                Map.entry(bn.getURI(), Set.of("https://paperswithcode.com/method/batch-normalization")));
    }

    @Test
    void theShippedLinksetIsLicensedApartAndLinksOnlySchemeConcepts() {
        Model links = RDFDataMgr.loadModel(LINKS.toString());
        Model ontology = Ontology.load();
        Resource set = links.createResource(PwcLinker.GRAPH);
        assertThat(set.getPropertyResourceValue(DCTerms.license).getURI()).isEqualTo("https://creativecommons.org/licenses/by-sa/4.0/");
        assertThat(set.getPropertyResourceValue(DCTerms.source).getURI()).isEqualTo("https://paperswithcode.com/methods");
        var matches = links.listStatements(null, SKOS.closeMatch, (org.apache.jena.rdf.model.RDFNode) null).toList();
        assertThat(matches).hasSizeGreaterThan(50);
        assertThat(matches).allSatisfy(st -> {
            assertThat(ontology.contains(st.getSubject(), RDF.type, SKOS.Concept)).as(st.getSubject().getURI()).isTrue();
            assertThat(st.getObject().asResource().getURI()).startsWith("https://paperswithcode.com/method/");
        });
        assertThat(links.contains(links.createResource("https://w3id.org/regkg/concept/dropout"), SKOS.closeMatch,
                links.createResource("https://paperswithcode.com/method/dropout"))).isTrue();
        // the CC BY ontology graph itself holds no Papers with Code link
        assertThat(ontology.listStatements(null, SKOS.closeMatch, (org.apache.jena.rdf.model.RDFNode) null).toList())
                .noneSatisfy(st -> assertThat(st.getObject().toString()).contains("paperswithcode"));
        assertThat(PwcLinker.load().isIsomorphicWith(links)).isTrue();
    }

    @Test
    void theShippedLinksetIsWhatTheGeneratorMakesFromThePwcList() throws IOException {
        Assumptions.assumeTrue(Files.exists(PWC), "the Papers with Code list is at " + PWC);
        JsonNode methods = new ObjectMapper().readTree(PWC.toFile());
        Model regenerated = PwcLinker.linkset(PwcLinker.match(Ontology.load(), methods));
        assertThat(regenerated.isIsomorphicWith(RDFDataMgr.loadModel(LINKS.toString())))
                .as("ontology/pwc-links.ttl is out of date: regenerate it (README, Papers with Code links)").isTrue();
    }
}
