package org.regkg.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.regkg.facts.Section;
import org.regkg.nlp.Sentence;

/** Hand-tokenised sentences (word/TAG pairs) for training tests that need no CoreNLP pipeline. */
public final class TrainingTestData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainingTestData() {
    }

    /** A sentence from "word/TAG word/TAG ..."; lemmas are the lower-cased words. */
    public static Sentence sentence(Section section, int index, String tagged) {
        StringBuilder text = new StringBuilder();
        List<CoreLabel> tokens = new ArrayList<>();
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            String word = wt.substring(0, slash);
            if (text.length() > 0) {
                text.append(' ');
            }
            CoreLabel t = new CoreLabel();
            t.setWord(word);
            t.setValue(word);
            t.setTag(wt.substring(slash + 1));
            t.setLemma(word.toLowerCase(java.util.Locale.ROOT));
            t.setBeginPosition(text.length());
            text.append(word);
            t.setEndPosition(text.length());
            tokens.add(t);
        }
        return new Sentence(section, index, text.toString(), tokens);
    }

    static JsonNode json(String s) {
        try {
            return JSON.readTree(s.replace('\'', '"'));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
