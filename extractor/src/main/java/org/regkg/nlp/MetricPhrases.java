package org.regkg.nlp;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the words that say what a number in a claim measures, as the text writes them (the
 * annotation guidelines' "metric words from the text"). In order:
 * <ol>
 * <li>the noun phrase right after the number and its unit ("98.97% <i>mIoU</i>", "a 21.4%
 * reduction in <i>Chamfer distance</i>");</li>
 * <li>the noun phrase a number is "of" or "by" ("a <i>Dice score</i> of 0.65", "improves
 * <i>CLIP-T score</i> by 3.6 points");</li>
 * <li>the nearest metric of the word list ({@code quantities.yaml}) in the number's clause, with
 * the modifiers written before it ("<i>mean macro</i> F1").</li>
 * </ol>
 * Noun phrases are read off the part-of-speech tags; a phrase that is only a word of change,
 * perhaps with adjectives ("improvement", "average gains"), a vague word of the list ("results",
 * "margins") or a competitor ("improves the previous best methods by 1.7%") says nothing about
 * what was measured and is passed over.
 */
final class MetricPhrases {
    /** The longest noun phrase taken, in tokens. */
    private static final int MAX_PHRASE = 5;

    private final List<List<String>> metrics;
    private final Set<String> changeWords;
    private final Set<String> vague;
    private final Set<String> competitors;

    MetricPhrases(QuantityWords words) {
        this.metrics = words.metrics().stream()
                .map(m -> List.of(m.toLowerCase(Locale.ROOT).split("\\s+")))
                .sorted(Comparator.comparingInt((List<String> m) -> -m.size()))
                .toList();
        Set<String> change = new HashSet<>(words.increase());
        change.addAll(words.decrease());
        this.changeWords = Set.copyOf(change);
        this.vague = Set.copyOf(words.vague());
        this.competitors = Set.copyOf(words.competitors());
    }

    /**
     * The metric of the number at token {@code i} whose unit ({@code withUnit}) ends before
     * {@code end}, looked for in the clause {@code [clauseStart, clauseEnd)}; null when none is
     * found. The phrase after a number is read only when it has a unit: a count ("24 zero-shot
     * classification tasks") is not a measurement of its noun.
     */
    String find(Sentence s, int clauseStart, int clauseEnd, int i, int end, boolean withUnit) {
        String after = withUnit ? phraseAfter(s, end, clauseEnd) : null;
        if (after != null) {
            return after;
        }
        String before = phraseBefore(s, clauseStart, i);
        if (before != null) {
            return before;
        }
        return listed(s, clauseStart, clauseEnd, i);
    }

    /** True when a listed metric starts within {@code near} tokens of the number, in its clause. */
    boolean listedWithin(Sentence s, int clauseStart, int clauseEnd, int i, int near) {
        int from = Math.max(clauseStart, i - near);
        int to = Math.min(clauseEnd, i + near + 1);
        for (int j = from; j < to; j++) {
            for (List<String> metric : metrics) {
                if (j + metric.size() <= to && matchesAt(s, j, metric)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a metric of the word list starts at token {@code j} ("+1 chrF++ improvement"). */
    boolean startsAt(Sentence s, int j) {
        for (List<String> metric : metrics) {
            if (j + metric.size() <= s.size() && matchesAt(s, j, metric)) {
                return true;
            }
        }
        return false;
    }

    /** True when a metric of the word list ends right before token {@code j} ("BLEU 28.5"). */
    boolean endsAt(Sentence s, int j) {
        for (List<String> metric : metrics) {
            int from = j - metric.size();
            if (from >= 0 && matchesAt(s, from, metric)) {
                return true;
            }
        }
        return false;
    }

    /** "N% mIoU", "a N% reduction in Chamfer distance". */
    private String phraseAfter(Sentence s, int from, int clauseEnd) {
        while (from < clauseEnd && !hasLetterOrDigit(s.word(from))) {
            from++;  // a unit the word list does not know, such as LaTeX's "\%"
        }
        int stop = nounPhraseEnd(s, from, clauseEnd);
        if (stop == from) {
            return null;
        }
        if (isChange(s, stop - 1)) {
            // "improvement in X", "reduction of X"
            if (stop < clauseEnd && (s.word(stop).equals("in") || s.word(stop).equals("of"))) {
                int inner = skipDeterminers(s, stop + 1, clauseEnd);
                int innerStop = nounPhraseEnd(s, inner, clauseEnd);
                if (innerStop > inner && !isChange(s, innerStop - 1)) {
                    return s.span(inner, innerStop);
                }
            }
            return onlyAdjectivesBefore(s, from, stop - 1) ? null : s.span(from, stop);
        }
        return isVague(s, from, stop) ? null : s.span(from, stop);
    }

    /** "a Dice score of 0.65", "improves CLIP-T score by 3.6 points". */
    private String phraseBefore(Sentence s, int clauseStart, int i) {
        int j = i - 1;
        if (j <= clauseStart) {
            return null;
        }
        String w = s.word(j).toLowerCase(Locale.ROOT);
        if (!w.equals("of") && !w.equals("by")) {
            return null;
        }
        int stop = j;
        int start = nounPhraseStart(s, clauseStart, stop);
        if (start == stop) {
            return null;
        }
        if (w.equals("by")) {
            // only the object of a verb of change: "improves X by", "reducing the X by"
            int k = start - 1;
            while (k >= clauseStart && (s.tag(k).equals("DT") || s.tag(k).equals("PRP$"))) {
                k--;
            }
            if (k < clauseStart || !s.tag(k).startsWith("VB") || !changeWords.contains(s.lemma(k))) {
                return null;
            }
        }
        if (isChange(s, stop - 1) && onlyAdjectivesBefore(s, start, stop - 1) || isVague(s, start, stop)
                || competitors.contains(s.lemma(stop - 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return s.span(start, stop);
    }

    /** The nearest metric of the word list in the clause, with the modifiers before it; null when there is none. */
    String listed(Sentence s, int clauseStart, int clauseEnd, int i) {
        int bestStart = -1;
        int bestEnd = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = clauseStart; j < clauseEnd; j++) {
            for (List<String> metric : metrics) {
                if (j + metric.size() > clauseEnd || !matchesAt(s, j, metric)) {
                    continue;
                }
                int distance = j > i ? j - i : i - (j + metric.size() - 1);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    bestStart = j;
                    bestEnd = j + metric.size();
                }
                break;
            }
        }
        if (bestStart < 0) {
            return null;
        }
        int start = bestStart;
        while (start > clauseStart && bestEnd - start < MAX_PHRASE && isModifier(s, start - 1) && hasLetterOrDigit(s.word(start - 1))) {
            start--;
        }
        return s.span(start, bestEnd);
    }

    /** The end of the noun phrase that starts at {@code from}: modifiers, then nouns; {@code from} when there is none. */
    private int nounPhraseEnd(Sentence s, int from, int clauseEnd) {
        int lastNoun = from;
        for (int j = from; j < clauseEnd && j - from < MAX_PHRASE; j++) {
            if (isNoun(s, j)) {
                lastNoun = j + 1;
            } else if (!isModifier(s, j)) {
                break;
            }
        }
        return lastNoun;
    }

    /** The start of the noun phrase that ends at {@code stop} (a noun, or a parenthesised abbreviation after one). */
    private int nounPhraseStart(Sentence s, int clauseStart, int stop) {
        int end = stop;
        if (end - 3 >= clauseStart && s.word(end - 1).equals(")") && s.word(end - 3).equals("(")) {
            end -= 3;
        }
        if (end - 1 < clauseStart || !isNoun(s, end - 1)) {
            return stop;
        }
        int start = end - 1;
        while (start > clauseStart && stop - start < MAX_PHRASE && (isNoun(s, start - 1) || isModifier(s, start - 1))) {
            start--;
        }
        return start;
    }

    private int skipDeterminers(Sentence s, int j, int clauseEnd) {
        while (j < clauseEnd && (s.tag(j).equals("DT") || s.tag(j).equals("PRP$"))) {
            j++;
        }
        return j;
    }

    /**
     * A phrase such as "results", "new results" or "large margins" (a vague noun of the list with
     * no other noun before it), which names no metric.
     */
    private boolean isVague(Sentence s, int start, int stop) {
        if (!vague.contains(s.lemma(stop - 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = start; j < stop - 1; j++) {
            if (isNoun(s, j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the tokens {@code [start, head)} before a phrase's head are adjectives or adverbs
     * only (or none): "average improvement", "further gains" say no more than the change word
     * alone; "FID improvement" names what changed.
     */
    private static boolean onlyAdjectivesBefore(Sentence s, int start, int head) {
        for (int j = start; j < head; j++) {
            String t = s.tag(j);
            if (!t.startsWith("JJ") && !t.startsWith("RB")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetterOrDigit(String w) {
        return w.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Whether token {@code j} is a word of change of the lists ("improves", "reduction"). */
    boolean isChange(Sentence s, int j) {
        return changeWords.contains(s.lemma(j).toLowerCase(Locale.ROOT));
    }

    private static boolean isNoun(Sentence s, int j) {
        return s.tag(j).startsWith("NN");
    }

    /** Adjectives, nouns and hyphenated participles before a noun ("clean-data", "mean", "top-1"). */
    private static boolean isModifier(Sentence s, int j) {
        String t = s.tag(j);
        return t.startsWith("JJ") || t.startsWith("NN") || (t.equals("VBN") && s.word(j).contains("-"));
    }

    private static boolean matchesAt(Sentence s, int j, List<String> metric) {
        for (int k = 0; k < metric.size(); k++) {
            String w = s.word(j + k).toLowerCase(Locale.ROOT);
            if (!w.equals(metric.get(k)) && !s.lemma(j + k).equals(metric.get(k))) {
                return false;
            }
        }
        return true;
    }
}
