package org.regkg.nlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@code quantities.yaml}: units, direction cues, metric phrases, vague outcome
 * nouns, the nouns that name what a result is compared with, magnitude words, the words of a
 * share of data or parameters given to a method, and spread signs.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record QuantityWords(Map<String, String> units, Set<String> increase, Set<String> decrease,
                            List<String> metrics, Set<String> vague, Set<String> competitors, Set<String> magnitudes,
                            Set<String> budgetNouns, Set<String> budgetCues, Set<String> spread) {

    public static QuantityWords load() {
        return WordListFiles.read("quantities.yaml", QuantityWords.class);
    }
}
