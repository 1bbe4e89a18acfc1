package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regkg.facts.EntityFact;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Evidence;
import org.regkg.facts.Mention;
import org.regkg.facts.Section;

/** The umbrella phrases and description heads of {@code umbrella-terms.yaml}. */
class UmbrellaTermsTest {
    private final UmbrellaTerms terms = UmbrellaTerms.load();

    @Test
    void umbrellaPhrasesMatchInAnyCaseAndNumber() {
        assertThat(terms.isUmbrella("generative models")).isTrue();
        assertThat(terms.isUmbrella("Network Architectures")).isTrue();
        assertThat(terms.isUmbrella("network-architecture")).isTrue();
    }

    @Test
    void specificPhrasesAreNotUmbrellas() {
        assertThat(terms.isUmbrella("diffusion models")).isFalse();
        assertThat(terms.isUmbrella("deep generative model of images")).isFalse();
    }

    @Test
    void descriptionHeadsAreGenericNouns() {
        assertThat(terms.isDescriptionHead("method")).isTrue();
        assertThat(terms.isDescriptionHead("approach")).isTrue();
        assertThat(terms.isDescriptionHead("regularizer")).isFalse();
    }

    @Test
    void bareFamilyGivesWayToTwoSpecificKinds() {
        List<EntityFact> two = List.of(fact("regularization"), fact("explicit regularization"), fact("implicit regularization"));
        assertThat(terms.withoutCoveredFamilies(two)).extracting(EntityFact::label)
                .containsExactly("explicit regularization", "implicit regularization");
    }

    @Test
    void bareFamilyStaysWithOneSpecificKind() {
        List<EntityFact> one = List.of(fact("Regularization"), fact("explicit regularization"), fact("dropout"));
        assertThat(terms.withoutCoveredFamilies(one)).hasSize(3);
    }

    @Test
    void aTechniqueFoundOnlyAsABareSingularDescriptionIsLeftOut() {
        List<EntityFact> found = List.of(fact("regularizer"), fact("Regularization method"), fact("regularizers"),
                fact("regularization"), fact("weight decay"), fact("graph regularizer"),
                fact("regularizer", List.of("regularizers")));
        assertThat(terms.withoutSingularDescriptions(found)).extracting(t -> t.label() + t.aliases())
                .containsExactly("regularizers[]", "regularization[]", "weight decay[]", "graph regularizer[]",
                        "regularizer[regularizers]");
    }

    private static EntityFact fact(String label) {
        return fact(label, List.of());
    }

    private static EntityFact fact(String label, List<String> aliases) {
        Evidence e = new Evidence(Section.ABSTRACT, 0, label.length(), label, 0, "gazetteer", 0.85);
        return new EntityFact(EntityKind.TECHNIQUE, label, aliases, label, null, List.of(new Mention(label, e)), 0.85);
    }
}
