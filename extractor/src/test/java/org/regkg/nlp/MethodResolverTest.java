package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Section;
import org.regkg.train.TrainingTestData;

/** Which method candidates stay methods. */
class MethodResolverTest {
    @Test
    void aPhraseOpeningWithAGerundIsNoMethodName() {
        Sentence title = TrainingTestData.sentence(Section.TITLE, 0,
                "Solving/VBG High-Dimensional/JJ PDEs/NNS with/IN Latent/NNP Spectral/NNP Models/NNPS");
        Candidate task = method(title, 0, 3);
        Candidate name = method(title, 4, 7);
        assertThat(MethodResolver.filter(List.of(task, name), List.of(task, name), Set.of(), Set.of())).containsExactly(name);
        // one word alone, or a gerund later in the name, is no such phrase
        Sentence s = TrainingTestData.sentence(Section.ABSTRACT, 0,
                "Boosting/VBG and/CC Contrastive/JJ Learning/VBG Heads/NNS and/CC Self-Tuning/VBG Networks/NNS");
        List<Candidate> kept = List.of(method(s, 0, 1), method(s, 2, 5), method(s, 6, 8));
        assertThat(MethodResolver.filter(kept, kept, Set.of(), Set.of())).isEqualTo(kept);
    }

    private static Candidate method(Sentence s, int start, int end) {
        return new Candidate(EntityKind.METHOD, s, start, end, "test", 0.9, null);
    }
}
