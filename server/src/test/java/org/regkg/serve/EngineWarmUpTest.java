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

    @Test
    void goesOnWhileTheCompilerIsBusyAndTimeIsLeft() {
        // the first rounds always run, unless the budget cut the last one short
        assertThat(EngineWarmUp.goOn(1, true, true, 0, 100, 100, 0)).isTrue();
        assertThat(EngineWarmUp.goOn(1, false, true, 90, 100, 100, 20_000)).isFalse();
        int r = EngineWarmUp.ROUNDS;
        // then for the minimum time (or the extra time, if shorter) whatever the compiler does
        assertThat(EngineWarmUp.goOn(r, true, true, 0, 100, 2_000, 20_000)).isTrue();
        assertThat(EngineWarmUp.goOn(r, true, true, 0, 100, 2_000, 1_000)).isFalse();
        // then only while compiling took at least a tenth of the round and extra time is left
        assertThat(EngineWarmUp.goOn(r, true, true, 50, 100, 12_000, 20_000)).isTrue();
        assertThat(EngineWarmUp.goOn(r, true, true, 5, 100, 12_000, 20_000)).isFalse();
        assertThat(EngineWarmUp.goOn(r, true, true, 50, 100, 20_000, 20_000)).isFalse();
        assertThat(EngineWarmUp.goOn(r, true, true, 50, 100, 2_000, 0)).isFalse();
        assertThat(EngineWarmUp.goOn(r, true, false, 0, 100, 12_000, 20_000)).isFalse();
    }
}
