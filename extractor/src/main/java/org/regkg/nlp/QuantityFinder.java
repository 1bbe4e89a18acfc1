package org.regkg.nlp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regkg.facts.Direction;
import org.regkg.facts.Evidence;
import org.regkg.facts.Quantity;

/**
 * Reads the numbers of a claim sentence: value, unit, direction, and the metric and dataset of the
 * same clause.
 */
final class QuantityFinder {
    /**
     * A number or a range of two ("0.556-0.733x", "5x-11x": the unit may be written on both), with
     * a unit written on it.
     */
    static final Pattern NUMBER = Pattern.compile(
            "([+-]?\\d+(?:[.,]\\d+)?)(?:(?:%|x|×)?[-\u2013](\\d+(?:[.,]\\d+)?))?\\s*(%|x|×|pp|times)?",
            Pattern.CASE_INSENSITIVE);
    /** The group of {@link #NUMBER} that holds a unit written on the number. */
    static final int UNIT = 3;
    private static final double CONFIDENCE = 0.8;
    private static final String RULE = "quantity-in-claim";
    private static final int NEAR = 4;
    /** Added to the distance of a dataset before the number: any dataset after it is nearer. */
    private static final int AFTER_FIRST = 1 << 16;

    private final QuantityWords words;
    private final MetricPhrases metrics;
    private final SetupNumbers setup;

    QuantityFinder(QuantityWords words) {
        this.words = words;
        this.metrics = new MetricPhrases(words);
        this.setup = new SetupNumbers(words, metrics);
    }

    /** The quantities of sentence {@code s}; {@code datasets} are the dataset candidates found in it. */
    List<Quantity> find(Sentence s, List<Candidate> datasets) {
        List<Integer> numbers = new ArrayList<>();
        Matcher[] matched = new Matcher[s.size()];
        for (int i = 0; i < s.size(); i++) {
            Matcher m = NUMBER.matcher(s.word(i));
            if (m.matches() && setup.isResult(s, i, m)) {
                numbers.add(i);
                matched[i] = m;
            }
        }
        List<FoundNumber> found = new ArrayList<>();
        for (int i : numbers) {
            Matcher m = matched[i];
            int unitLength = m.group(UNIT) == null ? unitTokens(s, i) : 0;
            String unit = unitOf(s, i, m.group(UNIT), unitLength);
            // the first number of "10 to 50 times" has the unit of the second
            int upper = i + 2;
            boolean spelledRange = upper < s.size() && s.word(i + 1).equalsIgnoreCase("to") && matched[upper] != null;
            if (unit == null && spelledRange) {
                Matcher u = matched[upper];
                unit = unitOf(s, upper, u.group(UNIT), u.group(UNIT) == null ? unitTokens(s, upper) : 0);
            }
            // "from 5000 to 320": a change of an outcome, the two numbers are its values even when bare
            boolean change = (spelledRange && i > 0 && s.word(i - 1).equalsIgnoreCase("from"))
                    || (i >= 3 && s.word(i - 1).equalsIgnoreCase("to") && matched[i - 2] != null
                    && s.word(i - 3).equalsIgnoreCase("from"));
            int clauseStart = clauseStart(s, i);
            int clauseEnd = clauseEnd(s, i);
            Direction direction = directionOf(s, clauseStart, i);
            int end = i + 1 + unitLength;
            String metric = metrics.find(s, clauseStart, clauseEnd, i, end, unit != null);
            String dataset = datasetNear(datasets, numbers, clauseStart, clauseEnd, i);
            if (dataset == null) {
                dataset = datasetBefore(s, datasets, i);
            }
            for (int g = 1; g <= 2; g++) {
                String valueText = m.group(g);
                if (valueText == null) {
                    continue;
                }
                valueText = valueText.replace(',', '.');
                boolean bare = unit == null && !change && !valueText.contains(".")
                        && !metrics.listedWithin(s, clauseStart, clauseEnd, i, NEAR);
                // a range's two numbers each get their own exact stretch of the token: "0.556" and "0.733x"
                int tokenBegin = s.tokens().get(i).beginPosition();
                int begin = m.group(2) == null ? tokenBegin : tokenBegin + m.start(g);
                int stop = m.group(2) == null || g == 2 ? s.tokens().get(end - 1).endPosition() : tokenBegin + m.end(g);
                // a bare integer counts only with a metric of the word list in its clause
                found.add(new FoundNumber(i, end, begin, stop, s.source().substring(begin, stop),
                        new BigDecimal(valueText).abs(), unit, bare ? metrics.listed(s, clauseStart, clauseEnd, i) : metric,
                        dataset, direction, bare));
            }
        }
        List<FoundNumber> settled = QuantityLists.settle(s, found, datasets, words.units().keySet());
        List<Quantity> out = new ArrayList<>();
        for (FoundNumber f : settled) {
            if (f.bare() && f.metric() == null) {
                continue;
            }
            String dataset = f.dataset() != null ? f.dataset() : onlyDataset(datasets);
            out.add(new Quantity(f.text(), f.value(), f.unit(), f.metric(), dataset, f.direction(),
                    new Evidence(s.section(), f.begin(), f.stop(), s.text(), s.begin(), RULE, CONFIDENCE)));
        }
        return out;
    }







    /** The sentence's one dataset, when it names exactly one. */
    private static String onlyDataset(List<Candidate> datasets) {
        List<String> names = datasets.stream().map(Candidate::text).distinct().toList();
        return names.size() == 1 ? names.get(0) : null;
    }

    /** The unit written on the number ({@code attached}) or in the {@code length} tokens after it. */
    private String unitOf(Sentence s, int i, String attached, int length) {
        if (attached != null) {
            String u = attached.toLowerCase(Locale.ROOT);
            return words.units().getOrDefault(u, u);
        }
        return length == 0 ? null : words.units().get(joined(s, i + 1, i + 1 + length).toLowerCase(Locale.ROOT));
    }

    /**
     * How many tokens after the number write its unit: 0, 1 ("%", "points"), or 2 when the
     * tokenizer split a LaTeX escape ("\\" "%") or the unit has two words ("percentage points",
     * not "percentage"): the longest unit wins.
     */
    private int unitTokens(Sentence s, int i) {
        for (int n = 2; n >= 1; n--) {
            if (i + n < s.size() && words.units().containsKey(joined(s, i + 1, i + 1 + n).toLowerCase(Locale.ROOT))) {
                return n;
            }
        }
        return 0;
    }

    /** The words of tokens {@code [from, to)} written together. */
    static String joined(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int j = from; j < to; j++) {
            b.append(s.word(j));
        }
        return b.toString();
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

    /**
     * The dataset of the number's clause nearest to it: the first one after the number ("80.7% on
     * CIFAR-10"), else the nearest before it; a dataset with another number between it and this
     * one belongs to that number ("86.2% on A, 80.7% on B").
     */
    private static String datasetNear(List<Candidate> datasets, List<Integer> numbers, int clauseStart, int clauseEnd, int i) {
        Candidate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Candidate d : datasets) {
            if (d.start() < clauseStart || d.end() > clauseEnd || numberBetween(numbers, i, d)) {
                continue;
            }
            int distance = d.start() > i ? d.start() - i : AFTER_FIRST + i - d.end();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = d;
            }
        }
        return best == null ? null : best.text();
    }

    private static boolean numberBetween(List<Integer> numbers, int i, Candidate d) {
        int from = Math.min(i, d.end());
        int to = Math.max(i, d.start());
        return numbers.stream().anyMatch(n -> n != i && n > from && n < to);
    }

    /**
     * The nearest dataset before the number in its part of the sentence (up to a semicolon), for
     * a setting given once for a whole clause: "on CCVID, it achieves 95.9% ... and 1.8%".
     */
    private static String datasetBefore(Sentence s, List<Candidate> datasets, int i) {
        int start = 0;
        for (int j = i - 1; j >= 0; j--) {
            if (s.word(j).equals(";")) {
                start = j + 1;
                break;
            }
        }
        Candidate best = null;
        for (Candidate d : datasets) {
            if (d.start() >= start && d.end() <= i && (best == null || d.start() > best.start())) {
                best = d;
            }
        }
        return best == null ? null : best.text();
    }

    static int clauseStart(Sentence s, int i) {
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
