package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.regkg.facts.EntityKind;

class ExtractionSettingsTest {
    static Properties props(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }

    @Test
    void readsTheKindsAndTheFlag() throws IOException {
        ExtractionSettings s = ExtractionSettings.parse(props("rule-kinds = Technique, dataset\nmethod-decision = true\n"), "x");
        assertThat(s.ruleKinds()).containsExactlyInAnyOrder(EntityKind.TECHNIQUE, EntityKind.DATASET);
        assertThat(s.methodDecision()).isTrue();
        ExtractionSettings none = ExtractionSettings.parse(props("rule-kinds =\n"), "x");
        assertThat(none.ruleKinds()).isEmpty();
        assertThat(none.methodDecision()).isFalse();
        assertThat(none.minProbability()).isEmpty();
    }

    @Test
    void readsTheMinimumProbabilityPerKind() throws IOException {
        ExtractionSettings s = ExtractionSettings.parse(props("min-probability.method = 0.7\nmin-probability.dataset=0\n"), "x");
        assertThat(s.minProbability()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of(EntityKind.METHOD, 0.7, EntityKind.DATASET, 0.0));
        assertThatThrownBy(() -> ExtractionSettings.parse(props("min-probability.method = 1.5\n"), "f.properties"))
                .hasMessage("f.properties: min-probability.method must be a probability (0..1), not \"1.5\"");
        assertThatThrownBy(() -> ExtractionSettings.parse(props("min-probability.value = 0.5\n"), "f.properties"))
                .hasMessageStartingWith("f.properties: unknown setting min-probability.value");
    }

    @Test
    void readsTheClaimClassifiersMinimum() throws IOException {
        assertThat(ExtractionSettings.parse(props("min-probability.claim = 0.3\n"), "x").claimMinProbability()).isEqualTo(0.3);
        assertThat(ExtractionSettings.parse(props(""), "x").claimMinProbability()).isEqualTo(0.5);
        assertThatThrownBy(() -> ExtractionSettings.parse(props("min-probability.claim = -1\n"), "f.properties"))
                .hasMessage("f.properties: min-probability.claim must be a probability (0..1), not \"-1\"");
    }

    @Test
    void readsTheDatasetModelsMinimum() throws IOException {
        ExtractionSettings s = ExtractionSettings.parse(props("dataset-model.min-probability = 0.6\n"), "x");
        assertThat(s.datasetModelMin()).isEqualTo(0.6);
        assertThat(s.datasetModelMinProbability()).containsExactlyEntriesOf(java.util.Map.of(EntityKind.DATASET, 0.6));
        assertThat(ExtractionSettings.parse(props(""), "x").datasetModelMin()).isZero();
        assertThatThrownBy(() -> ExtractionSettings.parse(props("dataset-model.min-probability = high\n"), "f.properties"))
                .hasMessage("f.properties: dataset-model.min-probability must be a probability (0..1), not \"high\"");
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> ExtractionSettings.parse(props("rule-kinds = method, claim\n"), "f.properties"))
                .hasMessage("f.properties: rule-kinds: unknown kind \"claim\" (method, technique, dataset)");
        assertThatThrownBy(() -> ExtractionSettings.parse(props("rule-kind = method\n"), "f.properties"))
                .hasMessageStartingWith("f.properties: unknown setting rule-kind");
        assertThatThrownBy(() -> ExtractionSettings.parse(props("method-decision = yes\n"), "f.properties"))
                .hasMessage("f.properties: method-decision must be true or false, not \"yes\"");
    }

    @Test
    void theShippedSettingsAreTheCrossValidatedChoice() {
        ExtractionSettings shipped = ExtractionSettings.bundled();
        assertThat(shipped.ruleKinds()).isEqualTo(EnumSet.allOf(EntityKind.class));
        assertThat(shipped.methodDecision()).isFalse();
        assertThat(shipped.minProbability()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of(EntityKind.METHOD, 0.9, EntityKind.DATASET, 0.7));
        assertThat(shipped.datasetModelMin()).isZero();
        assertThat(shipped.claimMinProbability()).isEqualTo(0.25);
    }
}
