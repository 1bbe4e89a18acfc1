package org.regkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentNegotiationTest {
    @Test
    void formatsByNameSuffixAndMediaType() {
        assertThat(RdfFormat.byName("ttl")).contains(RdfFormat.TURTLE);
        assertThat(RdfFormat.byName("turtle")).contains(RdfFormat.TURTLE);
        assertThat(RdfFormat.byName("application/ld+json")).contains(RdfFormat.JSONLD);
        assertThat(RdfFormat.byName("nt")).contains(RdfFormat.NTRIPLES);
        assertThat(RdfFormat.byName("rdf")).contains(RdfFormat.RDFXML);
        assertThat(RdfFormat.byName("png")).isEmpty();
    }

    @Test
    void iriMapServesMintedAndW3idIrisLocally() {
        IriMap map = new IriMap("http://localhost:3030/");
        assertThat(map.localPath("http://localhost:3030/paper/x")).contains("/paper/x");
        assertThat(map.localPath("https://w3id.org/regkg/ontology#Paper")).contains("/ontology#Paper");
        assertThat(map.localPath("https://w3id.org/regkg/concept/dropout")).contains("/concept/dropout");
        assertThat(map.localPath("https://example.org/x")).isEmpty();
        assertThat(map.iri("/concept/dropout")).isEqualTo("https://w3id.org/regkg/concept/dropout");
        assertThat(map.iri("/ontology")).isEqualTo("https://w3id.org/regkg/ontology");
        assertThat(map.iri("/technique/dropout")).isEqualTo("http://localhost:3030/technique/dropout");
    }

    @Test
    void onlyHttpLinksLeaveTheSite() {
        assertThat(LinkMaker.safeExternal("https://arxiv.org/abs/1")).isEqualTo("https://arxiv.org/abs/1");
        assertThat(LinkMaker.safeExternal("javascript:alert(1)")).isNull();
    }

    @Test
    void theMentionIsFoundByOffsetsOrByItsText() {
        assertThat(EvidenceFinder.span("We use dropout here.", "dropout", 7, 14)).containsExactly(7, 14);
        assertThat(EvidenceFinder.span("We use dropout here.", "dropout", 3, 10)).containsExactly(7, 14);
        assertThat(EvidenceFinder.span("We use dropout here.", "mixup", -1, -1)).containsExactly(0, 0);
    }

    @Test
    void theQuestionComesFromTheHeaderComment() {
        String q = "# Question: which papers\n#           use dropout?\n# Parameters: none.\n# Columns: ?p\nSELECT";
        assertThat(ExampleQueries.question(q)).isEqualTo("which papers use dropout?");
    }
}
