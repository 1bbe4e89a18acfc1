package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
