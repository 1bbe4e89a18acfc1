package org.regkg.nlp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkg.facts.Direction;
import org.regkg.facts.Quantity;

/**
 * Reads the numbers of a claim sentence: value, unit, direction, and the metric and dataset of the
 * same clause.
 */
final class QuantityFinder {
    private static final Pattern NUMBER = Pattern.compile("([+-]?\\d+(?:[.,]\\d+)?)\\s*(%|x|×|pp)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final double CONFIDENCE = 0.8;

    private final QuantityWords words;
    private final List<List<String>> metrics;

    QuantityFinder(QuantityWords words) {
        this.words = words;
        this.metrics = words.metrics().stream()
                .map(m -> List.of(m.toLowerCase(Locale.ROOT).split("\\s+")))
                .sorted(Comparator.comparingInt((List<String> m) -> -m.size()))
                .toList();
    }

    /** The quantities of sentence {@code s}; {@code datasets} are the dataset candidates found in it. */
    List<Quantity> find(Sentence s, List<Candidate> datasets) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Matcher m = NUMBER.matcher(s.word(i));
            if (!m.matches() || !isOutcomeNumber(s, i, m)) {
                continue;
            }
            String valueText = m.group(1).replace(',', '.');
            BigDecimal value;
            try {
                value = new BigDecimal(valueText);
            } catch (NumberFormatException e) {
                continue;
            }
            String unit = unitOf(s, i, m.group(2));
            int clauseStart = clauseStart(s, i);
            int clauseEnd = clauseEnd(s, i);
            Direction direction = directionOf(s, clauseStart, i);
            String metric = metricNear(s, clauseStart, clauseEnd, i);
            String dataset = datasetNear(datasets, clauseStart, clauseEnd, i);
            int end = unit != null && m.group(2) == null && i + 1 < s.size() ? i + 2 : i + 1;
            out.add(new Quantity(s.span(i, end), value.abs(), unit, metric, dataset, direction,
                    s.evidence(i, end, "quantity-in-claim", CONFIDENCE)));
        }
        return out;
    }

    private boolean isOutcomeNumber(Sentence s, int i, Matcher m) {
        String w = s.word(i);
        if (m.group(2) == null && YEAR.matcher(w).matches()) {
            return false;
        }
        // part of a name or a reference: "ResNet-50", "[12]", "Table 2", "Section 3"
        if (i > 0) {
            String prev = s.word(i - 1).toLowerCase(Locale.ROOT);
            if (prev.equals("[") || prev.equals("table") || prev.equals("section") || prev.equals("figure")
                    || prev.equals("fig.") || prev.equals("eq.") || prev.equals("theorem")) {
                return false;
            }
        }
        return true;
    }

    private String unitOf(Sentence s, int i, String attached) {
        if (attached != null) {
            String u = attached.toLowerCase(Locale.ROOT);
            return words.units().getOrDefault(u, u);
        }
        if (i + 1 < s.size()) {
            return words.units().get(s.word(i + 1).toLowerCase(Locale.ROOT));
        }
        return null;
    }

    private Direction directionOf(Sentence s, int clauseStart, int i) {
        for (int j = i - 1; j >= clauseStart; j--) {
            String l = s.lemma(j);
            if (words.increase().contains(l)) {
                return Direction.INCREASE;
            }
            if (words.decrease().contains(l)) {
                return Direction.DECREASE;
            }
        }
        return Direction.ABSOLUTE;
    }

    private String metricNear(Sentence s, int clauseStart, int clauseEnd, int i) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = clauseStart; j < clauseEnd; j++) {
            for (List<String> metric : metrics) {
                if (j + metric.size() > clauseEnd || !matchesAt(s, j, metric)) {
                    continue;
                }
                int distance = j > i ? j - i : i - (j + metric.size() - 1);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = s.span(j, j + metric.size());
                }
                break;
            }
        }
        return best;
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

    private static String datasetNear(List<Candidate> datasets, int clauseStart, int clauseEnd, int i) {
        Candidate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Candidate d : datasets) {
            if (d.start() < clauseStart || d.end() > clauseEnd) {
                continue;
            }
            // a dataset after the number ("on CIFAR-10") counts as nearer than one before it
            int distance = d.start() > i ? d.start() - i : 2 * (i - d.end() + 1);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = d;
            }
        }
        return best == null ? null : best.text();
    }

    private static int clauseStart(Sentence s, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String w = s.word(j);
            if (w.equals(";") || w.equals(":") || (w.equals(",") && startsNewClause(s, j + 1))) {
                return j + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(Sentence s, int i) {
        for (int j = i + 1; j < s.size(); j++) {
            String w = s.word(j);
            if (w.equals(";") || (w.equals(",") && startsNewClause(s, j + 1))) {
                return j;
            }
        }
        return s.size();
    }

    /** A comma starts a new clause when a conjunction, "while" or a subject pronoun follows. */
    private static boolean startsNewClause(Sentence s, int j) {
        if (j >= s.size()) {
            return true;
        }
        String l = s.lemma(j);
        return l.equals("and") || l.equals("while") || l.equals("whereas") || l.equals("but")
                || l.equals("which") || s.tag(j).equals("PRP");
    }
}
