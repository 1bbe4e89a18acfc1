package org.regkg.nlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ends a name where a clause begins ({@code clause-spans.yaml}): a span that runs over a finite verb
 * (lower-case, with words of the span after it) not inside a relative clause of the name is cut
 * before that verb.
 */
final class ClauseSpans {
    @JsonIgnoreProperties(ignoreUnknown = false)
    private record File(List<String> finiteVerbTags, List<String> relativeWords) {
    }

    private final Set<String> finiteVerbTags;
    private final Set<String> relativeWords;

    private ClauseSpans(File f) {
        this.finiteVerbTags = Set.copyOf(f.finiteVerbTags());
        this.relativeWords = Set.copyOf(f.relativeWords());
    }

    static ClauseSpans load() {
        return new ClauseSpans(WordListFiles.read("clause-spans.yaml", File.class));
    }

    /**
     * The end of the name that starts at token {@code start} of {@code s} and, as found, ends
     * before {@code end}: the first lower-case finite verb after its first token and before its
     * last that no relative word before it introduces, or {@code end} when there is none.
     */
    int end(Sentence s, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            String w = s.word(i).toLowerCase(Locale.ROOT);
            if (relativeWords.contains(w)) {
                return end;
            }
            String tag = s.tag(i);
            if (tag != null && finiteVerbTags.contains(tag) && s.word(i).equals(w)) {
                return i;
            }
        }
        return end;
    }

    /**
     * The span cut before a clause's verb, and before the adverbs that stood in front of the verb
     * ("naive imputation implicitly regularizes ..."); the same span when it holds no such verb.
     */
    MentionTagger.Span cut(Sentence s, MentionTagger.Span span) {
        int end = end(s, span.start(), span.end());
        if (end == span.end()) {
            return span;
        }
        while (end - 1 > span.start() && s.tag(end - 1) != null && s.tag(end - 1).startsWith("RB")) {
            end--;
        }
        return new MentionTagger.Span(span.kind(), span.start(), end, span.probability());
    }
}
