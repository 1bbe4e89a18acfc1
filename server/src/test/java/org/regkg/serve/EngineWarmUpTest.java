package org.regkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class EngineWarmUpTest {
    @Test
    void leavesOutRecursivePaths() {
        assertThat(EngineWarmUp.hasRecursivePath(QueryFactory.create(
                "SELECT * { ?c <http://www.w3.org/2004/02/skos/core#broader>* ?b }"))).isTrue();
        assertThat(EngineWarmUp.hasRecursivePath(QueryFactory.create(
                "SELECT * { { SELECT ?c { ?c (<urn:p>|<urn:q>)+ ?b } } }"))).isTrue();
        assertThat(EngineWarmUp.hasRecursivePath(QueryFactory.create(
                "SELECT * { ?c <urn:p>/<urn:q> ?b . ?b <urn:r> ?x }"))).isFalse();
    }
}
