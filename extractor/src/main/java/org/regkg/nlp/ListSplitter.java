package org.regkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regkg.facts.EntityKind;

/** Splits a dataset rule's hit that marks a list ("CIFAR-10, CIFAR-100 and SVHN") into one candidate per item. */
final class ListSplitter {
    private static final Set<String> LIST_SEPARATORS = Set.of(",", "and", "or", "&", ";", "as", "well");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> MEASURE_UNITS = Set.of("%", "percent", "points", "point", "pp", "x", "times");

    private ListSplitter() {
    }

    static List<Candidate> items(Sentence s, RuleSet.Hit h) {
        List<Candidate> out = new ArrayList<>();
        int start = h.start();
        for (int i = h.start(); i <= h.end(); i++) {
            boolean separator = i == h.end() || LIST_SEPARATORS.contains(s.word(i).toLowerCase(Locale.ROOT));
            if (!separator) {
                continue;
            }
            while (start < i && DETERMINERS.contains(s.word(start).toLowerCase(Locale.ROOT))) {
                start++;
            }
            int end = withoutMeasuredNumber(s, start, i);
            if (start < end) {
                out.add(new Candidate(EntityKind.DATASET, s, start, end, h.rule().id(), h.rule().confidence(), null));
            }
            start = i + 1;
        }
        return out;
    }

    /** Drops a release number that ends a name when it is really a measurement ("on ImageNet 1.5 %"). */
    private static int withoutMeasuredNumber(Sentence s, int start, int end) {
        boolean numberLast = end - start > 1 && s.word(end - 1).matches("[0-9][0-9.]*");
        boolean measured = end < s.size() && MEASURE_UNITS.contains(s.word(end).toLowerCase(Locale.ROOT));
        return numberLast && measured ? end - 1 : end;
    }
}
