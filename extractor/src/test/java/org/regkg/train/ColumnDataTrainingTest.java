package org.regkg.train;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.classify.ColumnDataClassifier;
import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.zip.GZIPInputStream;
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
        byte[] model = ColumnDataTraining.train(ClaimTrainer.SETTINGS, lines);
        assertThat(ColumnDataTraining.train(ClaimTrainer.SETTINGS, lines)).isEqualTo(model);
        ColumnDataClassifier cdc = ClaimClassifierAccess.read(model);
        assertThat(cdc.classOf(cdc.makeDatumFromLine(lines.get(0)))).isEqualTo("claim");
        assertThat(cdc.classOf(cdc.makeDatumFromLine(lines.get(1)))).isEqualTo("other");
        List<String> entities = List.of("METHOD\ttitle cue-TITLE shape-coined", "TECHNIQUE\tconcept-exact pwc shape-lower",
                "METHOD\tacronym-short cue-PROPOSE-AFTER", "TECHNIQUE\tcue-OTHER concept-exact");
        assertThat(ColumnDataTraining.train(MethodDecisionTrainer.SETTINGS, entities))
                .isEqualTo(ColumnDataTraining.train(MethodDecisionTrainer.SETTINGS, entities));
    }

    /** Reads a trained classifier back the way ClaimClassifier does. */
    static final class ClaimClassifierAccess {
        static ColumnDataClassifier read(byte[] model) {
            try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(model)))) {
                return ColumnDataClassifier.getClassifier(in);
            } catch (java.io.IOException | ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
