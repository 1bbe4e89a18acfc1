package org.regkg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Settles lists of numbers in one sentence: "2.56%, 15.20%, and 1.30% test error" share the metric
 * named once, and "on A, B and C, ... by 2.5, 5.3 and 5.5 points, respectively" pairs the numbers
 * with the datasets in order.
 */
final class QuantityLists {
    /** Words that join the numbers of a list, besides their units (and LaTeX's "$" and "\\" around them). */
    private static final Set<String> JOINERS = Set.of(",", "and", "or", "to", "$", "\\");

    private QuantityLists() {
    }

    /** Settles the {@code found} numbers of {@code s}; {@code units} are the unit words (lower case) that may follow a number. */
    static List<FoundNumber> settle(Sentence s, List<FoundNumber> found, List<Candidate> datasets, Set<String> units) {
        List<FoundNumber> out = new ArrayList<>(found);
        boolean respectively = false;
        for (int i = 0; i < s.size(); i++) {
            respectively |= s.word(i).toLowerCase(Locale.ROOT).equals("respectively");
        }
        List<String> names = datasets.stream().sorted(Comparator.comparingInt(Candidate::start))
                .map(Candidate::text).distinct().toList();
        int from = 0;
        while (from < out.size()) {
            int to = from + 1;
            while (to < out.size() && joined(s, out.get(to - 1), out.get(to), units)) {
                to++;
            }
            String metric = null;
            for (int k = from; k < to; k++) {
                if (out.get(k).metric() != null) {
                    metric = out.get(k).metric();
                }
            }
            boolean inOrder = respectively && to - from > 1 && names.size() == to - from;
            for (int k = from; k < to; k++) {
                FoundNumber f = out.get(k);
                String m = f.metric() != null ? f.metric() : metric;
                String d = inOrder ? names.get(k - from) : f.dataset();
                out.set(k, f.with(m, d));
            }
            from = to;
        }
        return out;
    }

    /** True when only list words ("," "and", units) stand between two numbers, or they are one range. */
    private static boolean joined(Sentence s, FoundNumber a, FoundNumber b, Set<String> units) {
        if (a.index() == b.index()) {
            return true;
        }
        for (int i = a.end(); i < b.index(); i++) {
            String w = s.word(i).toLowerCase(Locale.ROOT);
            if (!JOINERS.contains(w) && !units.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
