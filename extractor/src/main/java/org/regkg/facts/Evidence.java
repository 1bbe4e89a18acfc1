package org.regkg.facts;

/**
 * Where and how a fact was found.
 *
 * @param section    title or abstract
 * @param begin      offset of the mention's first character within the section's text
 * @param end        offset just after the mention's last character
 * @param sentence   the sentence the mention is in, exactly as in the input
 * @param sentenceBegin offset of the sentence's first character within the section's text
 * @param rule       the extractor component or rule that produced the fact
 * @param confidence how sure the extractor is, in [0, 1]
 */
public record Evidence(Section section, int begin, int end, String sentence, int sentenceBegin,
                       String rule, double confidence) {

    public Evidence {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    public int sentenceEnd() {
        return sentenceBegin + sentence.length();
    }
}
