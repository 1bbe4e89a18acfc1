package org.regkg.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnDataTrainingTest {
    @Test
    void theClassifiersAreTrainedDeterministically() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add("claim\twe show that it improves accuracy by NUM %\trules: claim-improves\tpos-last tenth-9");
            lines.add("other\trecent work studies regularization\trules: none\tpos-first tenth-0");
        }
        assertThat(ColumnDataTraining.train(ClaimTrainer.SETTINGS, lines))
                .isEqualTo(ColumnDataTraining.train(ClaimTrainer.SETTINGS, lines));
        List<String> entities = List.of("METHOD\ttitle cue-TITLE shape-coined", "TECHNIQUE\tconcept-exact pwc shape-lower",
                "METHOD\tacronym-short cue-PROPOSE-AFTER", "TECHNIQUE\tcue-OTHER concept-exact");
        assertThat(ColumnDataTraining.train(MethodDecisionTrainer.SETTINGS, entities))
                .isEqualTo(ColumnDataTraining.train(MethodDecisionTrainer.SETTINGS, entities));
    }
}
