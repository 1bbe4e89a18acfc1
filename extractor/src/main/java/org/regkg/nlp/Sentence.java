package org.regkg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.regkg.facts.Evidence;
import org.regkg.facts.Section;

/**
 * One sentence of a title or abstract with its CoreNLP tokens.
 *
 * @param section  title or abstract
 * @param index    the sentence's number within its section (0-based)
 * @param source   the whole text of the section, which token offsets point into
 * @param tokens   the tokens, with character offsets into {@code source}
 */
public record Sentence(Section section, int index, String source, List<CoreLabel> tokens) {

    public int begin() {
        return tokens.get(0).beginPosition();
    }

    public int end() {
        return tokens.get(tokens.size() - 1).endPosition();
    }

    public String text() {
        return source.substring(begin(), end());
    }

    /** The exact input text of tokens {@code [start, end)}. */
    public String span(int start, int end) {
        return source.substring(tokens.get(start).beginPosition(), tokens.get(end - 1).endPosition());
    }

    /** Evidence for tokens {@code [start, end)}. */
    public Evidence evidence(int start, int end, String rule, double confidence) {
        return new Evidence(section, tokens.get(start).beginPosition(), tokens.get(end - 1).endPosition(),
                text(), begin(), rule, confidence);
    }

    public String word(int i) {
        return tokens.get(i).word();
    }

    public String tag(int i) {
        return tokens.get(i).tag();
    }

    public String lemma(int i) {
        String l = tokens.get(i).lemma();
        return l == null ? tokens.get(i).word().toLowerCase(java.util.Locale.ROOT) : l.toLowerCase(java.util.Locale.ROOT);
    }

    public int size() {
        return tokens.size();
    }
}
