package org.regkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers of real bibliographic records, against responses recorded from the real APIs. */
class SourceReadersTest {
    private final PaperSources sources = new PaperSources();

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(SourceReadersTest.class.getResource("/records/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Papers read, and problems reported (each record that cannot be used). */
    record Read(List<Paper> papers, List<InputException> problems) {
    }

    private Read read(Path p, InputFormat f) {
        List<Paper> papers = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        try (PaperSource s = sources.open(p, f)) {
            while (true) {
                try {
                    if (!s.hasNext()) {
                        break;
                    }
                    papers.add(s.next());
                } catch (InputException e) {
                    problems.add(e);
                }
            }
        }
        return new Read(papers, problems);
    }

    @Test
    void formatsAreToldFromContentNotExtension() {
        FormatSniffer sniffer = new FormatSniffer();
        assertThat(sniffer.detect(fixture("arxiv-api-atom/rsxiv_query.xml"))).isEqualTo(InputFormat.ARXIV_ATOM);
        assertThat(sniffer.detect(fixture("arxiv-oai-pmh/hepcrawl_sample_arxiv_record0.xml"))).isEqualTo(InputFormat.ARXIV_OAI);
        assertThat(sniffer.detect(fixture("arxiv-kaggle-snapshot/snapshot.head20.jsonl"))).isEqualTo(InputFormat.ARXIV_SNAPSHOT);
        assertThat(sniffer.detect(fixture("openalex/zotero_openalex_import_0.json"))).isEqualTo(InputFormat.OPENALEX);
        assertThat(sniffer.detect(fixture("openalex/zotero_openalex_import_5.json"))).isEqualTo(InputFormat.OPENALEX);
        assertThat(sniffer.detect(fixture("semantic-scholar/semanticscholar_Paper.json"))).isEqualTo(InputFormat.S2);
        assertThat(sniffer.detect(fixture("crossref/rcrossref_cr_r_1.json"))).isEqualTo(InputFormat.CROSSREF);
        assertThat(sniffer.detect("{\"title\":\"t\",\"abstract\":\"a\"}\n".getBytes(StandardCharsets.UTF_8), InputFormat.LISTING))
                .isEqualTo(InputFormat.JSONL);
        assertThat(sniffer.detect("[{\"title\":\"t\",\"abstract\":\"a\"}]".getBytes(StandardCharsets.UTF_8), InputFormat.LISTING))
                .isEqualTo(InputFormat.JSON);
        assertThat(sniffer.detect("Get trending papers\n".getBytes(StandardCharsets.UTF_8), InputFormat.LISTING))
                .isEqualTo(InputFormat.LISTING);
    }

    @Test
    void arxivAtomFeed() {
        Read r = read(fixture("arxiv-api-atom/rsxiv_query.xml"), null);
        assertThat(r.problems()).isEmpty();
        assertThat(r.papers()).hasSize(10);
        Paper p = r.papers().get(0);
        assertThat(p.id()).isEqualTo("arXiv:nucl-ex/0408020");
        assertThat(p.arxivId()).isEqualTo("nucl-ex/0408020");
        assertThat(p.title()).startsWith("Two-photon exchange and elastic scattering of electrons/positrons on the proton.");
        assertThat(p.abstractText()).startsWith("It has been suggested that two-photon exchange").doesNotContain("\n");
        assertThat(p.year()).isEqualTo(2004);
        assertThat(p.metadata().date()).isEqualTo("2004-08-18");
        assertThat(p.authors()).hasSize(9).startsWith("J. Arrington").endsWith("H. de Vries");
        assertThat(p.metadata().categories()).containsExactly("nucl-ex", "hep-ph");
        assertThat(p.metadata().source()).isEqualTo("arxiv-atom");
        assertThat(r.papers()).allSatisfy(x -> assertThat(x.title()).doesNotContain("\n", "  "));
        assertThat(read(fixture("arxiv-api-atom/rsxiv_query_empty.xml"), null).papers()).isEmpty();
        assertThat(read(fixture("arxiv-api-atom/rsxiv_query_missing_id.xml"), null).papers())
                .extracting(Paper::arxivId).containsExactly("2201.13452");
    }

    @Test
    void arxivOaiGetRecordAndListOfRecords() {
        Read one = read(fixture("arxiv-oai-pmh/hepcrawl_sample_arxiv_record0.xml"), null);
        assertThat(one.papers()).hasSize(1);
        Paper p = one.papers().get(0);
        assertThat(p.arxivId()).isEqualTo("1601.03238");
        assertThat(p.title()).isEqualTo("Irreversible degradation of quantum coherence under relativistic motion");
        assertThat(p.authors()).containsExactly("Planck Collaboration", "Jieci Wang", "Zehua Tian", "Jiliang Jing", "Heng Fan");
        assertThat(p.year()).isEqualTo(2016);
        assertThat(p.doi()).isEqualTo("10.1103/PhysRevD.93.016005");
        assertThat(p.metadata().venue()).isEqualTo("Phys.Rev. D93 (2015) 016005");
        assertThat(p.metadata().categories()).startsWith("quant-ph", "gr-qc");
        Read many = read(fixture("arxiv-oai-pmh/hepcrawl_sample_arxiv_record.xml"), InputFormat.ARXIV_OAI);
        assertThat(many.papers().size() + many.problems().size()).isEqualTo(12);
        assertThat(many.papers()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void arxivOaiListRecordsPageWithDeletedRecordAndResumptionToken() throws IOException {
        Path p = Files.writeString(dir.resolve("list.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords>
                <record><header status="deleted"><identifier>oai:arXiv.org:0704.0002</identifier></header></record>
                <record><header><identifier>oai:arXiv.org:math/0101001</identifier><datestamp>2001-01-02</datestamp></header>
                <metadata><arXiv xmlns="http://arxiv.org/OAI/arXiv/"><id>math/0101001</id>
                <authors><author><keyname>Doe</keyname><forenames>Jane</forenames><orcid>0000-0002-1825-0097</orcid></author></authors>
                <title>Old  style
                  identifiers</title><categories>math.AP</categories><abstract>We study dropout &amp; more.</abstract>
                </arXiv></metadata></record>
                <resumptionToken cursor="0" completeListSize="2">6960524|1001</resumptionToken>
                </ListRecords></OAI-PMH>
                """.strip());
        Read r = read(p, null);
        assertThat(r.problems()).hasSize(1).allSatisfy(e -> assertThat(e).isInstanceOf(MissingAbstractException.class));
        Paper paper = r.papers().get(0);
        assertThat(paper.arxivId()).isEqualTo("math/0101001");
        assertThat(paper.title()).isEqualTo("Old style identifiers");
        assertThat(paper.abstractText()).isEqualTo("We study dropout & more.");
        assertThat(paper.people()).containsExactly(new Author("Jane Doe", "0000-0002-1825-0097"));
        assertThat(paper.year()).isEqualTo(2001);
    }

    @Test
    void arxivSnapshotLines() {
        Read r = read(fixture("arxiv-kaggle-snapshot/snapshot.head20.jsonl"), null);
        assertThat(r.problems()).isEmpty();
        assertThat(r.papers()).hasSize(20);
        Paper p = r.papers().get(0);
        assertThat(p.arxivId()).isEqualTo("0704.0001");
        assertThat(p.title()).isEqualTo("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies");
        assertThat(p.authors()).contains("E. L. Berger");
        assertThat(p.metadata().date()).isEqualTo("2007-04-02");
        assertThat(p.doi()).isEqualTo("10.1103/PhysRevD.76.013009");
        assertThat(p.metadata().venue()).isEqualTo("Phys.Rev.D76:013009,2007");
    }

    @Test
    void openalexWorkWithAbstractRebuiltFromTheInvertedIndex() {
        Read r = read(fixture("openalex/zotero_openalex_import_0.json"), null);
        assertThat(r.papers()).hasSize(1);
        Paper p = r.papers().get(0);
        assertThat(p.metadata().openalexId()).isEqualTo("W2099326003");
        assertThat(p.title()).isEqualTo("Labor Contracts as Partial Gift Exchange");
        assertThat(p.abstractText()).doesNotContain("{", "[").contains(" the ");
        assertThat(p.year()).isEqualTo(1982);
        assertThat(p.doi()).isEqualTo("10.2307/1885099");
        assertThat(p.authors()).containsExactly("George A. Akerlof");
        assertThat(p.metadata().venue()).isEqualTo("The Quarterly Journal of Economics");
        assertThat(read(fixture("openalex/zotero_openalex_import_7.json"), null).papers().get(0).arxivId()).isEqualTo("1201.0490");
    }

    @Test
    void openalexResultsPageSkipsWorksWithoutAbstract() {
        Read r = read(fixture("openalex/zotero_openalex_import_5.json"), null);
        assertThat(r.papers()).extracting(Paper::title)
                .containsExactly("The Big Data Research Ecosystem", "Reasons and Preventions of the Credit Risk with Village Banks");
        assertThat(r.problems()).hasSize(3).allSatisfy(e -> assertThat(e).isInstanceOf(MissingAbstractException.class));
        assertThat(r.problems().get(0).getMessage()).contains("zotero_openalex_import_5.json:").contains("no abstract");
    }

    @Test
    void openalexAbstractIsWordsInPositionOrder() throws IOException {
        Path p = Files.writeString(dir.resolve("w.json"), "{\"id\":\"https://openalex.org/W1\",\"title\":\"T\","
                + "\"abstract_inverted_index\":{\"dropout\":[1],\"We\":[0],\"study\":[2],\"and\":[4],\"dropout.\":[3,5]}}\n");
        assertThat(read(p, null).papers().get(0).abstractText()).isEqualTo("We dropout study dropout. and dropout.");
    }

    @Test
    void semanticScholarPaperKeepsOnlyTheFieldsItNeeds() {
        Read r = read(fixture("semantic-scholar/semanticscholar_Paper.json"), null);
        assertThat(r.papers()).hasSize(1);
        Paper p = r.papers().get(0);
        assertThat(p.title()).isEqualTo("Computing Machinery and Intelligence");
        assertThat(p.abstractText()).startsWith("I propose to consider the question");
        assertThat(p.year()).isEqualTo(1950);
        assertThat(p.doi()).isEqualTo("10.1093/MIND/LIX.236.433");
        assertThat(p.authors()).containsExactly("A. Turing");
        assertThat(p.metadata().venue()).isEqualTo("Mind");
    }

    @Test
    void crossrefWorksHaveJatsStrippedAndOrcids() {
        Read r = read(fixture("crossref/rcrossref_cr_r_1.json"), null);
        assertThat(r.papers()).hasSize(2);
        assertThat(r.problems()).hasSize(3);
        assertThat(r.papers()).allSatisfy(p -> {
            assertThat(p.abstractText()).doesNotContain("<", "jats:");
            assertThat(p.doi()).isNotNull();
            assertThat(p.year()).isNotNull();
        });
        Paper fish = r.papers().stream().filter(p -> p.title().equals("Nutrition of Pond Fishes")).findFirst().orElseThrow();
        assertThat(fish.abstractText()).startsWith("The science of aquaculture advanced");
        assertThat(fish.year()).isEqualTo(1988);
        assertThat(fish.authors()).containsExactly("Balfour Hepher");
        int withOrcid = 0;
        for (String f : List.of("crossref/rcrossref_cr_r_2.json", "crossref/rcrossref_cr_r_3.json", "crossref/rcrossref_cr_r_4.json")) {
            for (Paper p : read(fixture(f), null).papers()) {
                assertThat(p.abstractText()).doesNotContain("<jats");
                withOrcid += (int) p.people().stream().filter(a -> a.orcid() != null).count();
            }
        }
        assertThat(withOrcid).isPositive();
    }

    @Test
    void jatsMarkupBecomesText() {
        assertThat(TextLib.markupToText("<jats:title>Abstract</jats:title><jats:p>We use <jats:italic>dropout</jats:italic> &amp; more.</jats:p><jats:p>Second.</jats:p>"))
                .isEqualTo("We use dropout & more. Second.");
        assertThat(TextLib.markupToText("<p>Broken &nbsp; <b>markup</p>")).isEqualTo("Broken markup");
    }

    @Test
    void malformedRecordsNameFileAndRecordAndTheReaderGoesOn() throws IOException {
        Path p = Files.writeString(dir.resolve("w.jsonl"),
                "{\"id\":\"https://openalex.org/W1\",\"title\":\"One\",\"abstract_inverted_index\":{\"a\":[0]}}\n"
                        + "{\"id\":\"https://openalex.org/W2\",\"title\":\"Two\",\"abstract_inverted_index\":{\"b\":[0]\n"
                        + "{\"id\":\"https://openalex.org/W3\",\"title\":\"Three\",\"abstract_inverted_index\":{\"c\":[0]}}\n"
                        + "{\"id\":\"https://openalex.org/W4\",\"title\":\"Four\",\"abstract_inverted_index\":{\"d\":\"x\"}}\n"
                        + "{\"id\":\"https://openalex.org/W5\",\"title\":\"Five\",\"abstract_inverted_index\":{\"e\":[0]}}\n");
        Read r = read(p, InputFormat.OPENALEX);
        assertThat(r.papers()).extracting(Paper::title).containsExactly("One", "Three", "Five");
        assertThat(r.problems()).isNotEmpty();
        assertThat(r.problems().get(0).getMessage()).startsWith(p + ":").contains("malformed JSON");
        assertThat(r.problems()).anySatisfy(e -> assertThat(e.getMessage()).startsWith(p + ":4").contains("abstract_inverted_index"));
    }

    @Test
    void malformedXmlIsReportedWithItsLine() throws IOException {
        Path p = Files.writeString(dir.resolve("f.xml"), "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><id>http://arxiv.org/abs/1234.5678v1</id>"
                + "<title>T</title><summary>S</summary></entry>\n<entry><id>x</id>\n</feed>\n");
        Read r = read(p, null);
        assertThat(r.papers()).hasSize(1);
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).getMessage()).startsWith(p + ":4").contains("malformed XML");
    }

    @Test
    void harvestLinesReadBackWithTheirMetadata() throws IOException {
        Paper p = read(fixture("arxiv-oai-pmh/hepcrawl_sample_arxiv_record0.xml"), null).papers().get(0);
        Paper withOrcid = new Paper(p.id(), 1, "x", p.title(), p.abstractText(), p.authors(), p.year(), p.url(), p.doi(), p.arxivId(),
                new PaperMetadata(List.of(new Author("Jieci Wang", "0000-0002-1825-0097")), p.metadata().date(), p.metadata().venue(),
                        "W12", p.metadata().categories(), p.metadata().source()));
        Path f = Files.writeString(dir.resolve("h.jsonl"), new PaperJsonWriter().line(withOrcid) + "\n");
        Paper back = read(f, null).papers().get(0);
        assertThat(back.id()).isEqualTo(p.id());
        assertThat(back.title()).isEqualTo(p.title());
        assertThat(back.people()).containsExactly(new Author("Jieci Wang", "0000-0002-1825-0097"));
        assertThat(back.metadata().date()).isEqualTo("2016-01-13");
        assertThat(back.year()).isEqualTo(2016);
        assertThat(back.metadata().openalexId()).isEqualTo("W12");
        assertThat(back.metadata().categories()).isEqualTo(p.metadata().categories());
        assertThat(back.arxivId()).isEqualTo("1601.03238");
    }

    @Test
    void identifiersAreNormalised() {
        assertThat(IdentifierLib.arxivId("http://arxiv.org/abs/nucl-ex/0408020v1")).isEqualTo("nucl-ex/0408020");
        assertThat(IdentifierLib.arxivId("https://arxiv.org/pdf/2503.11892v2")).isEqualTo("2503.11892");
        assertThat(IdentifierLib.arxivId("arXiv:2503.11892")).isEqualTo("2503.11892");
        assertThat(IdentifierLib.doi("https://doi.org/10.2307/1885099")).isEqualTo("10.2307/1885099");
        assertThat(IdentifierLib.doi("10.1103/PhysRevD.93.016005, 10.1103/PhysRevD.98.079901")).isEqualTo("10.1103/PhysRevD.93.016005");
        assertThat(IdentifierLib.orcid("http://orcid.org/0000-0002-1694-233x")).isEqualTo("0000-0002-1694-233X");
        assertThat(IdentifierLib.arxivIdOfDoi("10.48550/arXiv.1201.0490")).isEqualTo("1201.0490");
    }

    @Test
    void unknownFormatNameIsRefused() {
        assertThat(InputFormat.byName("arxiv-atom")).contains(InputFormat.ARXIV_ATOM);
        assertThat(InputFormat.byName("OPENALEX")).contains(InputFormat.OPENALEX);
        assertThat(InputFormat.byName("bibtex")).isEmpty();
        assertThatThrownBy(() -> read(dir.resolve("none.xml"), null)).isInstanceOf(InputException.class);
    }
}
