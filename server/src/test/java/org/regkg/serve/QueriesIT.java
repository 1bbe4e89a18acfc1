package org.regkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regkg.rdf.QueryLib;

/**
 * Every query of {@code queries/} run against the graph of the bundled corpus (plus the escaping
 * test paper), with assertions about what a researcher would expect to find.
 */
@ExtendWith(ServeFixture.class)
class QueriesIT {
    static final String BASE = "http://localhost:3030/";
    static final String RKC = "https://w3id.org/regkg/concept/";
    static final String CUTOUT_PAPER = BASE + "paper/improved-regularization-of-convolutional-neural-networks-2474c799";
    static final Set<String> TESTED = new HashSet<>();
    /** The page size of the listing queries when ?pageSize is not bound (their headers say so). */
    static final int DEFAULT_PAGE_SIZE = 50;
    /** The number of concepts in the shipped ontology, counted independently of the store. */
    static final int CONCEPTS = org.regkg.lexicon.ConceptLexicon.fromOntology().concepts().size();

    private static List<Map<String, Node>> run(ServeFixture.Served s, String name, Map<String, Node> params) {
        TESTED.add(name);
        return s.server().store().select(name, params);
    }

    private static List<Map<String, Node>> run(ServeFixture.Served s, String name) {
        return run(s, name, Map.of());
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static String str(Map<String, Node> row, String var) {
        Node n = row.get(var);
        return n == null ? null : n.isURI() ? n.getURI() : n.getLiteralLexicalForm();
    }

    private static long num(Map<String, Node> row, String var) {
        return Long.parseLong(str(row, var));
    }

    private static Predicate<Map<String, Node>> has(String var, String value) {
        return r -> value.equals(str(r, var));
    }

    private static Set<String> column(List<Map<String, Node>> rows, String var) {
        return rows.stream().map(r -> str(r, var)).collect(Collectors.toSet());
    }

    @Test
    void regularizationByDataset(ServeFixture.Served s) {
        var rows = run(s, "regularization-by-dataset.rq");
        assertThat(rows).anyMatch(has("dataset", BASE + "dataset/svhn").and(has("concept", RKC + "cutout")));
        assertThat(rows).anyMatch(has("concept", RKC + "dropout"));
        assertThat(rows).allMatch(r -> num(r, "papers") >= 1);
        assertThat(column(rows, "concept")).doesNotContain(RKC + "adam", RKC + "transformer", RKC + "batch-normalization");
        var augmentation = run(s, "regularization-by-dataset.rq", Map.of("root", iri(RKC + "data-augmentation")));
        assertThat(augmentation).anyMatch(has("dataset", BASE + "dataset/svhn").and(has("concept", RKC + "cutout")));
        assertThat(column(augmentation, "concept")).doesNotContain(RKC + "dropout", RKC + "weight-decay");
    }

    @Test
    void papersByRegularizationKind(ServeFixture.Served s) {
        var explicit = run(s, "papers-by-regularization-kind.rq");
        assertThat(explicit).anyMatch(has("paper", CUTOUT_PAPER).and(has("concept", RKC + "cutout")));
        assertThat(explicit).anyMatch(has("title", "Dropout Reduces Underfitting").and(has("concept", RKC + "dropout")));
        var implicit = run(s, "papers-by-regularization-kind.rq", Map.of("kind", iri(RKC + "implicit-regularization")));
        assertThat(column(implicit, "title")).contains("Implicit Regularization Leads to Benign Overfitting for Sparse Linear Regression",
                "Neural Scene Flow Prior").doesNotContain("Dropout Reduces Underfitting");
        assertThat(column(implicit, "concept")).doesNotContain(RKC + "dropout", RKC + "cutout");
    }

    @Test
    void papersProposingRegularizer(ServeFixture.Served s) {
        var rows = run(s, "papers-proposing-regularizer.rq");
        assertThat(column(rows, "title")).contains("Early-Learning Regularization Prevents Memorization of Noisy Labels");
        assertThat(rows).allMatch(r -> r.containsKey("concept")
                || str(r, "methodLabel").toLowerCase().matches(".*(regulari[sz](ation|er|ing)|penalty).*"));
        assertThat(rows.stream().filter(r -> r.containsKey("sentence")).count()).isGreaterThanOrEqualTo(rows.size() / 2);
        // an analysis of an established regularizer proposes none ("Dropout Reduces Underfitting", once
        // the example here, does: "late dropout", "a symmetric technique for regularizing overfitting
        // models", which the mention model with word clusters finds)
        assertThat(column(rows, "title")).doesNotContain("Leverage the Average: an Analysis of KL Regularization in RL");
    }

    @Test
    void techniqueCooccurrence(ServeFixture.Served s) {
        var rows = run(s, "technique-cooccurrence.rq");
        assertThat(rows).anyMatch(has("a", RKC + "dropout").and(has("b", RKC + "regularization")).and(r -> num(r, "papers") >= 5));
        assertThat(rows).allMatch(r -> num(r, "papers") >= 2 && str(r, "aLabel").compareTo(str(r, "bLabel")) < 0);
        var wd = run(s, "technique-cooccurrence.rq", Map.of("concept", iri(RKC + "weight-decay"),
                "minPapers", NodeFactory.createLiteralByValue(1)));
        assertThat(wd).allMatch(r -> str(r, "a").equals(RKC + "weight-decay") || str(r, "b").equals(RKC + "weight-decay"));
        assertThat(wd).anyMatch(has("a", RKC + "l2-regularization").and(has("b", RKC + "weight-decay")));
    }

    @Test
    void claimedResultsByDataset(ServeFixture.Served s) {
        var all = run(s, "claimed-results-by-dataset.rq", Paging.all());
        // "new state-of-the-art results of 2.56%, 15.20%, and 1.30% test error" (CIFAR-10, CIFAR-100, SVHN)
        assertThat(all).filteredOn(has("paper", CUTOUT_PAPER)).extracting(r -> new BigDecimal(str(r, "value")).stripTrailingZeros())
                .contains(new BigDecimal("2.56"), new BigDecimal("15.2"), new BigDecimal("1.3"));
        String dataset = all.stream().filter(has("paper", CUTOUT_PAPER)).filter(r -> r.containsKey("dataset"))
                .map(r -> str(r, "dataset")).findFirst().orElseThrow();
        var one = run(s, "claimed-results-by-dataset.rq", Map.of("wantedDataset", iri(dataset)));
        assertThat(one).isNotEmpty().allMatch(has("dataset", dataset)).anyMatch(has("paper", CUTOUT_PAPER));
        assertThat(one.size()).isLessThan(all.size());
        var fid = run(s, "claimed-results-by-dataset.rq", Map.of("wantedMetric", NodeFactory.createLiteralString("fid")));
        assertThat(fid).allMatch(r -> "FID".equalsIgnoreCase(str(r, "metric")));
        assertThat(fid.size()).isLessThan(all.size());
    }

    @Test
    void topConceptsPerBranch(ServeFixture.Served s) {
        var rows = run(s, "top-concepts-per-branch.rq");
        assertThat(column(rows, "branch")).contains(RKC + "explicit-regularization", RKC + "implicit-regularization",
                RKC + "regularization-via-data");
        assertThat(rows).anyMatch(has("branch", RKC + "regularization-via-data").and(has("concept", RKC + "dropout"))
                .and(r -> num(r, "papers") >= 5));
        for (String branch : column(rows, "branch")) {
            List<Long> counts = rows.stream().filter(has("branch", branch)).map(r -> num(r, "papers")).toList();
            assertThat(counts).as(branch).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        }
        var ml = run(s, "top-concepts-per-branch.rq", Map.of("root", iri(RKC + "ml-technique")));
        assertThat(ml).anyMatch(has("branch", RKC + "generative-model").and(has("concept", RKC + "diffusion-model")));
        assertThat(column(ml, "branch")).doesNotContain(RKC + "explicit-regularization");
    }

    @Test
    void fullTextSearch(ServeFixture.Served s) {
        var cutout = run(s, "search.rq", Map.of("q", NodeFactory.createLiteralString("cutout")));
        assertThat(column(cutout, "entity")).contains(CUTOUT_PAPER, RKC + "cutout", BASE + "technique/cutout");
        var phrase = run(s, "search.rq", Map.of("q", NodeFactory.createLiteralString("\"weight decay\"")));
        assertThat(column(phrase, "entity")).contains(BASE + "technique/weight-decay", RKC + "weight-decay");
        assertThat(phrase).allMatch(r -> r.containsKey("type") && r.containsKey("label"));
        // each entity once, however many papers write its label
        var regularization = run(s, "search.rq");
        assertThat(regularization).hasSizeGreaterThan(30).extracting(r -> str(r, "entity")).doesNotHaveDuplicates();
    }

    @Test
    void paperFactsWithEvidence(ServeFixture.Served s) {
        var rows = run(s, "paper-facts-evidence.rq", Map.of("paper", iri(CUTOUT_PAPER)));
        assertThat(rows).anyMatch(has("kind", "technique").and(has("entity", BASE + "technique/cutout"))
                .and(r -> str(r, "sentence").contains(str(r, "mention"))));
        assertThat(rows).anyMatch(has("kind", "dataset").and(has("entity", BASE + "dataset/svhn"))
                .and(r -> str(r, "sentence").contains("SVHN")));
        assertThat(rows).anyMatch(has("kind", "result").and(r -> str(r, "sentence").contains("2.56%")));
        assertThat(column(rows, "section")).isSubsetOf("title", "abstract");
    }

    @Test
    void curationListsExcludeEverythingLinked(ServeFixture.Served s) {
        var without = column(run(s, "papers-without-concept.rq", Paging.all()), "paper");
        Set<String> linked = new HashSet<>();
        linked.addAll(column(run(s, "papers-by-concept.rq", Map.of("concept", iri(RKC + "regularization"))), "paper"));
        linked.addAll(column(run(s, "papers-by-concept.rq", Map.of("concept", iri(RKC + "ml-technique"))), "paper"));
        assertThat(without).doesNotContain(CUTOUT_PAPER).doesNotContainAnyElementsOf(linked);
        var all = column(run(s, "export-papers.rq"), "paper");
        assertThat(linked.size() + without.size()).as("every paper is linked or on the list").isEqualTo(all.size());

        var techniques = run(s, "techniques-without-concept.rq");
        assertThat(column(techniques, "technique")).doesNotContain(BASE + "technique/cutout", BASE + "technique/dropout");
        assertThat(techniques).allMatch(r -> num(r, "papers") >= 1);
        var twice = run(s, "techniques-without-concept.rq", Map.of("minPapers", NodeFactory.createLiteralByValue(2)));
        assertThat(twice).allMatch(r -> num(r, "papers") >= 2).hasSizeLessThan(techniques.size());
    }

    @Test
    void papersByConceptIncludeNarrowerConcepts(ServeFixture.Served s) {
        var dropout = run(s, "papers-by-concept.rq");
        assertThat(dropout).anyMatch(has("title", "Dropout Reduces Underfitting").and(has("via", RKC + "dropout")));
        assertThat(column(dropout, "via")).contains(RKC + "dropout", RKC + "nested-dropout").doesNotContain(RKC + "cutout");
        var cutout = run(s, "papers-by-concept.rq", Map.of("concept", iri(RKC + "cutout")));
        assertThat(column(cutout, "paper")).contains(CUTOUT_PAPER);
    }

    @Test
    void conceptTreeCountsAndConceptCounts(ServeFixture.Served s) {
        var tree = run(s, "concept-tree.rq", Paging.all());
        assertThat(column(tree, "concept")).hasSize(CONCEPTS);
        assertThat(tree).anyMatch(has("concept", RKC + "dropout").and(has("broader", RKC + "noise-injection")));
        assertThat(tree).allMatch(r -> num(r, "papers") >= num(r, "direct"));
        long reg = tree.stream().filter(has("concept", RKC + "regularization")).mapToLong(r -> num(r, "papers")).max().orElse(0);
        long drop = tree.stream().filter(has("concept", RKC + "dropout")).mapToLong(r -> num(r, "papers")).max().orElse(0);
        assertThat(reg).isGreaterThan(drop).isGreaterThan(50);

        var counts = run(s, "concept-papers-count.rq");
        assertThat(str(counts.get(0), "concept")).isEqualTo(RKC + "regularization");
        assertThat(counts).anyMatch(has("concept", RKC + "dropout").and(r -> num(r, "papers") >= 5));
        assertThat(column(counts, "concept")).doesNotContain(RKC + "adam");
    }

    @Test
    void overviews(ServeFixture.Served s) {
        var datasets = run(s, "datasets-overview.rq");
        assertThat(num(datasets.get(0), "papers")).isGreaterThanOrEqualTo(5);
        assertThat(datasets).anyMatch(has("dataset", BASE + "dataset/svhn").and(r -> num(r, "papers") >= 1));
        assertThat(datasets).extracting(r -> num(r, "papers")).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(datasets).allMatch(r -> num(r, "regularizedPapers") <= num(r, "papers"));

        var papers = run(s, "papers-overview.rq", Paging.all());
        assertThat(papers).hasSize(SparqlProtocolIT.PAPERS);
        assertThat(papers).anyMatch(has("paper", CUTOUT_PAPER).and(has("regularization", "true"))
                .and(r -> num(r, "techniques") >= 3 && num(r, "datasets") >= 2 && num(r, "results") >= 1));

        var methods = run(s, "methods-overview.rq", Paging.all());
        assertThat(methods).anyMatch(has("title", "Early-Learning Regularization Prevents Memorization of Noisy Labels"));
        assertThat(methods).filteredOn(has("regularization", "true")).allMatch(r -> r.containsKey("concept"));

        var numbers = run(s, "claimed-results-with-numbers.rq", Paging.all());
        assertThat(numbers).allMatch(r -> r.containsKey("value") && r.containsKey("claim"));
        assertThat(numbers).anyMatch(has("paper", CUTOUT_PAPER).and(has("valueText", "1.30%")).and(has("datasetLabel", "SVHN")));
    }

    @Test
    void voidPartitionsAndExportQueries(ServeFixture.Served s) {
        var classes = run(s, "class-counts.rq");
        assertThat(classes).anyMatch(has("class", "https://w3id.org/regkg/ontology#Paper").and(r -> num(r, "entities") == SparqlProtocolIT.PAPERS));
        assertThat(classes).anyMatch(has("class", "http://www.w3.org/2004/02/skos/core#Concept").and(r -> num(r, "entities") == CONCEPTS));
        var properties = run(s, "property-counts.rq");
        long uses = properties.stream().filter(has("property", "https://w3id.org/regkg/ontology#usesTechnique"))
                .mapToLong(r -> num(r, "triples")).sum();
        long perPaper = run(s, "papers-overview.rq", Paging.all()).stream().mapToLong(r -> num(r, "techniques")).sum();
        assertThat(uses).isEqualTo(perPaper).isGreaterThan(500);

        var exported = run(s, "export-papers.rq");
        assertThat(str(exported.get(0), "title")).isEqualTo("CREAM: Consistency Regularized Self-Rewarding Language Models");
        assertThat(run(s, "export-entities.rq")).anyMatch(has("paper", CUTOUT_PAPER).and(has("entity", BASE + "technique/cutout"))
                .and(has("regularization", "true")));
        assertThat(run(s, "export-results.rq")).anyMatch(has("paper", CUTOUT_PAPER).and(has("valueText", "2.56%")));
        assertThat(run(s, "concept-labels.rq", Paging.all())).anyMatch(has("concept", RKC + "dropout").and(has("label", "dropout")));
    }

    /**
     * The long listings read one page of items by their materialized rank: without parameters the
     * first {@value #DEFAULT_PAGE_SIZE} items; the pages, read one after the other, are the whole listing in its order.
     */
    @Test
    void listingsArePagedByMaterializedRank(ServeFixture.Served s) {
        var listings = Map.of("papers-overview.rq", "paper", "methods-overview.rq", "paper", "claimed-results-with-numbers.rq",
                "paper", "datasets-overview.rq", "dataset", "techniques-without-concept.rq", "technique",
                "papers-without-concept.rq", "paper", "technique-cooccurrence.rq", "a", "claimed-results-by-dataset.rq", "paper",
                "concept-tree.rq", "concept", "concept-labels.rq", "concept");
        listings.forEach((query, column) -> {
            var all = run(s, query, Paging.all());
            assertThat(all).as(query).isNotEmpty();
            List<Map<String, Node>> pages = new java.util.ArrayList<>();
            for (int page = 1; page <= 1000; page++) {
                var rows = run(s, query, Map.of("page", NodeFactory.createLiteralByValue(page),
                        "pageSize", NodeFactory.createLiteralByValue(40)));
                if (rows.isEmpty() && pages.size() >= all.size()) {
                    break;
                }
                pages.addAll(rows);
            }
            assertThat(pages).as(query).isEqualTo(all);
            var first = run(s, query);
            assertThat(first).as(query).isEqualTo(run(s, query, Map.of("page", NodeFactory.createLiteralByValue(1),
                    "pageSize", NodeFactory.createLiteralByValue(DEFAULT_PAGE_SIZE))));
        });
        assertThat(run(s, "papers-overview.rq")).hasSize(DEFAULT_PAGE_SIZE);
        assertThat(run(s, "concept-tree.rq").stream().map(r -> r.get("concept")).distinct()).hasSize(DEFAULT_PAGE_SIZE);
    }

    @Test
    void conceptTrendNeedsYears(ServeFixture.Served s) {
        // the bundled corpus has no years of publication, so no paper counts in any year;
        // TrendsIT checks the numbers on real records with years
        assertThat(run(s, "concept-trend.rq")).isEmpty();
        assertThat(run(s, "concept-trend.rq", Map.of("concept", iri(RKC + "regularization")))).isEmpty();
    }

    @Test
    void everyQueryOpensWithQuestionParametersAndColumns() {
        for (String name : ExampleQueries.names()) {
            String text = new ExampleQueries().all().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().text();
            assertThat(text).as(name).startsWith("# Question:").contains("\n# Parameters:").contains("\n# Columns:");
            QueryLib.read(name);
        }
    }

    @AfterAll
    static void everyQueryIsTested() {
        assertThat(TESTED).containsExactlyInAnyOrderElementsOf(ExampleQueries.names());
    }
}
