package org.regkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The changes between two derived graphs: small, and applied they give the second graph. */
class GraphDeltaTest {
    static final String PREFIX = "@prefix : <http://example.org/> . ";

    static Graph ttl(String body) {
        Graph g = GraphFactory.createGraphMem();
        RDFParser.fromString(PREFIX + body).lang(Lang.TURTLE).parse(g);
        return g;
    }

    static Graph apply(Graph from, GraphDelta d) {
        Graph g = GraphFactory.createGraphMem();
        from.find().forEachRemaining(g::add);
        d.removed().forEach(g::delete);
        d.added().forEach(g::add);
        return g;
    }

    @Test
    void equalGraphsWithOtherBlankNodesHaveNoDelta() {
        String body = ":c :papersInYear [ a :YearCount ; :year 2020 ; :n 3 ] , [ a :YearCount ; :year 2021 ; :n 1 ] . :c :n 4 .";
        assertThat(GraphDelta.between(ttl(body), ttl(body)).isEmpty()).isTrue();
    }

    @Test
    void onlyTheChangedCountRecordsAndTriplesChange() {
        Graph a = ttl(":c :papersInYear [ a :YearCount ; :year 2020 ; :n 3 ] , [ a :YearCount ; :year 2021 ; :n 1 ] . :c :n 4 . :d :n 1 .");
        Graph b = ttl(":c :papersInYear [ a :YearCount ; :year 2020 ; :n 3 ] , [ a :YearCount ; :year 2021 ; :n 2 ] . :c :n 5 . :e :n 1 .");
        GraphDelta d = GraphDelta.between(a, b);
        assertThat(d.removed()).hasSize(4 + 2);   // one record (4 edges), :c :n 4, :d :n 1
        assertThat(d.added()).hasSize(4 + 2);
        assertThat(apply(a, d).isIsomorphicWith(b)).isTrue();
    }

    @Test
    void identicalRecordsCountAsMany() {
        Graph a = ttl("[ a :Pair ; :x :p ] . [ a :Pair ; :x :p ] .");
        Graph b = ttl("[ a :Pair ; :x :p ] .");
        GraphDelta d = GraphDelta.between(a, b);
        assertThat(d.removed()).hasSize(2);
        assertThat(apply(a, d).isIsomorphicWith(b)).isTrue();
        assertThat(apply(b, GraphDelta.between(b, a)).isIsomorphicWith(a)).isTrue();
    }

    @Test
    void linkedBlankNodesReplaceTheWholeGraph() {
        Graph a = ttl(":s :p [ :q [ :r 1 ] ] .");
        Graph b = ttl(":s :p [ :q [ :r 2 ] ] .");
        GraphDelta d = GraphDelta.between(a, b);
        assertThat(apply(a, d).isIsomorphicWith(b)).isTrue();
    }
}
