package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regkg.facts.Section;
import org.regkg.train.TrainingTestData;

class VersionedNamesTest {
    private final VersionedNames names = VersionedNames.of(List.of("ResNet", "EfficientNet", "DINO", "GPT", "VGG", "CLIP",
            "WGAN", "dropout", "Adam", "Some Name"));

    @Test
    void aModelFamilysNameWithAVersionOrSizeIsVersioned() {
        assertThat(names.isVersioned("ResNet-101")).isTrue();
        assertThat(names.isVersioned("ResNet18")).isTrue();
        assertThat(names.isVersioned("EfficientNet-B0")).isTrue();
        assertThat(names.isVersioned("DINOv2")).isTrue();
        assertThat(names.isVersioned("GPT-2")).isTrue();
        assertThat(names.isVersioned("VGG19")).isTrue();
        assertThat(names.isVersioned("WGAN-GP")).isTrue();
    }

    @Test
    void theNameAloneOrAnotherWordIsNot() {
        assertThat(names.isVersioned("ResNet")).isFalse();
        assertThat(names.isVersioned("ResNets")).isFalse();
        assertThat(names.isVersioned("Adamant")).isFalse();
        assertThat(names.isVersioned("GPT-based")).isFalse();
        // a lower-case name is left out: "dropout-2" is no model
        assertThat(names.isVersioned("dropout-2")).isFalse();
        // a name of two words never matches one token
        assertThat(names.isVersioned("Some-1")).isFalse();
    }

    @Test
    void aTokenBeforeAMetricWordIsPartOfTheMetricsName() {
        Sentence s = TrainingTestData.sentence(Section.ABSTRACT, 1,
                "We/PRP fine-tune/VBP ResNet-101/NNP and/CC report/VBP CLIP-T/NNP score/NN ./.");
        assertThat(names.find(s)).containsExactly(2);
    }
}
