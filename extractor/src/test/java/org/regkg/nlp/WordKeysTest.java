package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word keys: the plural of an acronym folds to the acronym, other endings in "s" keep their rules. */
class WordKeysTest {
    @Test
    void acronymPluralsAreSingular() {
        assertThat(WordKeys.key("ReLUs", true)).isEqualTo(WordKeys.key("ReLU", true));
        assertThat(WordKeys.key("GANs", false)).isEqualTo("gan");
    }

    @Test
    void wordsEndingInUsOrSsStay() {
        assertThat(WordKeys.key("corpus", false)).isEqualTo("corpus");
        assertThat(WordKeys.key("Lasso", false)).isEqualTo("lasso");
        assertThat(WordKeys.key("LOSS", true)).isEqualTo("=LOSS");
    }
}
