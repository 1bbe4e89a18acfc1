package org.regkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.regkg.store.StoreLayout;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * What the build materializes equals what the ontology's semantics derive: the closure
 * rk:underConcept (and rk:withinConcept for the concepts) is exactly the answer of the property paths it stands for, the counts equal the
 * aggregates they replace, and the VoID statistics equal counts over the union graph.
 */
@ExtendWith(ServeFixture.class)
class DerivedDataIT {
    private static final String PREFIXES = """
            PREFIX rk:   <https://w3id.org/regkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX void: <http://rdfs.org/ns/void#>
            """;

    private static Set<List<String>> rows(Dataset ds, String query, String... vars) {
        Set<List<String>> out = new HashSet<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                qe.execSelect().forEachRemaining((QuerySolution r) -> {
                    List<String> row = new java.util.ArrayList<>();
                    for (String v : vars) {
                        row.add(r.get(v) == null ? null : r.get(v).toString());
                    }
                    out.add(row);
                });
            }
        });
        return out;
    }

    private static Dataset store(ServeFixture.Served s) {
        var dsg = DatabaseMgr.connectDatasetGraph(new StoreLayout(s.dir().resolve("store")).tdb2().toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return DatasetFactory.wrap(dsg);
    }

    @Test
    void theClosureEqualsThePropertyPaths(ServeFixture.Served s) {
        Dataset ds = store(s);
        var materialized = rows(ds, "SELECT ?x ?c WHERE { ?x rk:underConcept ?c }", "x", "c");
        var derived = rows(ds, """
                SELECT DISTINCT ?x ?c WHERE {
                  { ?x rk:concept/skos:broader* ?c } UNION { ?x rk:usesTechnique/rk:concept/skos:broader* ?c }
                }""", "x", "c");
        assertThat(materialized).hasSizeGreaterThan(1000).isEqualTo(derived);
    }

    @Test
    void theConceptHierarchyClosureEqualsThePropertyPath(ServeFixture.Served s) {
        Dataset ds = store(s);
        var materialized = rows(ds, "SELECT ?c ?b WHERE { ?c rk:withinConcept ?b }", "c", "b");
        var derived = rows(ds, "SELECT DISTINCT ?c ?b WHERE { ?c a rk:Concept ; skos:broader* ?b }", "c", "b");
        assertThat(materialized).hasSizeGreaterThan(1000).isEqualTo(derived);
    }

    @Test
    void conceptCountsEqualTheAggregates(ServeFixture.Served s) {
        Dataset ds = store(s);
        var materialized = rows(ds, "SELECT ?c ?n ?d WHERE { ?c a skos:Concept OPTIONAL { ?c rk:paperCount ?n0 } "
                + "OPTIONAL { ?c rk:directPaperCount ?d0 } BIND (COALESCE(?n0, 0) AS ?n) BIND (COALESCE(?d0, 0) AS ?d) }",
                "c", "n", "d");
        var computed = rows(ds, """
                SELECT ?c ?n ?d WHERE {
                  { SELECT ?c (COUNT(DISTINCT ?p) AS ?n) WHERE { ?c a skos:Concept
                      OPTIONAL { ?p rk:usesTechnique/rk:concept/skos:broader* ?c } } GROUP BY ?c }
                  { SELECT ?c (COUNT(DISTINCT ?q) AS ?d) WHERE { ?c a skos:Concept
                      OPTIONAL { ?q rk:usesTechnique/rk:concept ?c } } GROUP BY ?c }
                }""", "c", "n", "d");
        assertThat(materialized).hasSizeGreaterThan(300).isEqualTo(computed);
    }

    @Test
    void statisticsEqualCountsOverTheOtherGraphs(ServeFixture.Served s) {
        Dataset ds = store(s);
        var stats = rows(ds, "SELECT ?t ?subjects WHERE { ?ds void:triples ?t ; void:distinctSubjects ?subjects }",
                "t", "subjects");
        var counted = rows(ds, """
                SELECT (COUNT(*) AS ?t) (COUNT(DISTINCT ?s) AS ?subjects) WHERE {
                  SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER (!STRENDS(STR(?g), "graph/statistics")) }
                }""", "t", "subjects");
        assertThat(stats).isEqualTo(counted);
        var classes = rows(ds, "SELECT ?class ?n WHERE { ?ds void:classPartition [ void:class ?class ; void:entities ?n ] }",
                "class", "n");
        var countedClasses = rows(ds, """
                SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
                  GRAPH ?g { ?s a ?class } FILTER (!STRENDS(STR(?g), "graph/statistics")) } GROUP BY ?class""",
                "class", "n");
        assertThat(classes).hasSizeGreaterThan(10).isEqualTo(countedClasses);
    }
}
