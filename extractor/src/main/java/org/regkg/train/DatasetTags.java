package org.regkg.train;

import java.util.ArrayList;
import java.util.List;
import org.regkg.facts.EntityKind;

/** Training examples of the dataset model: the mention tags with every tag but DATASET made outside. */
final class DatasetTags {
    private static final String DATASET = EntityKind.DATASET.name();

    private DatasetTags() {
    }

    static MentionTrainer.Example of(MentionTrainer.Example e) {
        List<String[]> tags = new ArrayList<>(e.tags().size());
        for (String[] sentence : e.tags()) {
            String[] t = new String[sentence.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = DATASET.equals(sentence[i]) ? DATASET : SpanAligner.OUTSIDE;
            }
            tags.add(t);
        }
        return new MentionTrainer.Example(e.sentences(), tags);
    }
}
