package org.regkg.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.regkg.facts.Section;

/**
 * What the whole paper says about a word, for the mention model's paper-level column: whether the
 * title uses the word, and in how many of the abstract's sentences it occurs. A paper's own method
 * is named in its title and named again and again; a technique it merely uses, once or twice.
 * Words are compared lower-cased.
 */
public final class PaperWords {
    private static final PaperWords NONE = new PaperWords(Set.of(), Map.of());

    private final Set<String> title;
    private final Map<String, Integer> abstractSentences;

    private PaperWords(Set<String> title, Map<String, Integer> abstractSentences) {
        this.title = title;
        this.abstractSentences = abstractSentences;
    }

    /** No paper: no word is in the title or in any abstract sentence. */
    public static PaperWords none() {
        return NONE;
    }

    /** The words of a paper's sentences (title and abstract, as {@link SentenceSplitter} makes them). */
    public static PaperWords of(List<Sentence> sentences) {
        Set<String> title = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence s : sentences) {
            Set<String> words = new HashSet<>();
            for (int i = 0; i < s.size(); i++) {
                words.add(key(s.word(i)));
            }
            if (s.section() == Section.TITLE) {
                title.addAll(words);
            } else {
                for (String w : words) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        return new PaperWords(title, counts);
    }

    /**
     * The column value of a word of a sentence in {@code section}: {@code T} when an abstract
     * word is also in the title ({@code A} when not; title words get {@code TITLE}), then how many
     * abstract sentences use it: 0 (title words only), 1, 2 or 3 (three or more).
     */
    public String value(String word, Section section) {
        String key = key(word);
        int n = Math.min(3, abstractSentences.getOrDefault(key, 0));
        if (section == Section.TITLE) {
            return "TITLE" + n;
        }
        return (title.contains(key) ? "T" : "A") + n;
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
