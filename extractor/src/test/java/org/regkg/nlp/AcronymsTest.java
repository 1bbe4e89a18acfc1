package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regkg.facts.Section;
import org.regkg.train.TrainingTestData;

class AcronymsTest {
    @Test
    void aLongFormWithItsShortFormInParenthesesIsADefinition() {
        Sentence s = sentence("we/PRP use/VBP Low-Rank/JJ Adaptation/NN (/-LRB- LoRA/NNP )/-RRB- here/RB");
        assertThat(Acronyms.find(s)).containsExactly(new Acronyms.Definition(2, 4, 5, 6));
    }

    @Test
    void aShortFormMayStartWithADigit() {
        // "3D Gaussian Splatting (3DGS)": the digit starts the long form's first word
        Sentence s = sentence("rendering/NN with/IN 3D/JJ Gaussian/JJ Splatting/NN (/-LRB- 3DGS/NNP )/-RRB-");
        assertThat(Acronyms.find(s)).containsExactly(new Acronyms.Definition(2, 5, 6, 7));
        // a size with one capital is no short form
        Sentence size = sentence("larger/JJR models/NNS (/-LRB- 7-11B/CD )/-RRB-");
        assertThat(Acronyms.find(size)).isEmpty();
        assertThat(Acronyms.isShortForm("2DGS")).isTrue();
        assertThat(Acronyms.isShortForm("3D")).isFalse();
        assertThat(Acronyms.isShortForm("12")).isFalse();
    }

    private static Sentence sentence(String tagged) {
        return TrainingTestData.sentence(Section.ABSTRACT, 0, tagged);
    }
}
