package org.regkg.nlp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the numbers of a claim that describe the setup from those that may be its results: years,
 * sizes ("64 x 64", "a 1.3 billion parameter model"), counts ("4 datasets", "28 frying videos"),
 * the spread of a result, enumeration markers, versions ("VideoSeal 1.0"), the share of the data a
 * method is given ("with only 10% of the seen data"), settings ("$\lambda=1$") and references
 * ("Table 2"). The word lists are those of {@code quantities.yaml}.
 */
final class SetupNumbers {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private final QuantityWords words;
    private final MetricPhrases metrics;

    SetupNumbers(QuantityWords words, MetricPhrases metrics) {
        this.words = words;
        this.metrics = metrics;
    }

    /**
     * Whether the number that token {@code i} holds ({@code m}, matched by
     * {@link QuantityFinder#NUMBER}) may be a result; false for the numbers above.
     */
    boolean isResult(Sentence s, int i, Matcher m) {
        String w = s.word(i);
        if (m.group(QuantityFinder.UNIT) == null && YEAR.matcher(w).matches()) {
            return false;
        }
        // a size such as "64 x 64", "512times 512" (LaTeX's \times without its backslash) or "256-way",
        // or a count ("4 datasets"; "0.877 accuracy" and "+1 chrF++" are measurements)
        if (isTimesSign(s, i + 1) || isTimesSign(s, i - 1) || isGluedTimesSize(s, i, m) || isCount(s, i, m)) {
            return false;
        }
        // the spread of a result ("4.9 ± 4.0%"), not a result
        if (i > 0 && words.spread().contains(s.word(i - 1)) || i > 1 && words.spread().contains(QuantityFinder.joined(s, i - 2, i))) {
            return false;
        }
        // the marker of an enumeration: "(1) ...", "2) ..."
        if (m.group(2) == null && m.group(QuantityFinder.UNIT) == null && w.length() == 1 && i + 1 < s.size() && s.word(i + 1).equals(")")
                && (i == 0 || s.word(i - 1).equals("(") || s.word(i - 1).equals(";") || s.word(i - 1).equals(","))) {
            return false;
        }
        // a version after a name: "SD 3.5", "VideoSeal 1.0" (a metric's name before a number is no
        // name: "BLEU 28.5")
        if (m.group(QuantityFinder.UNIT) == null && m.group(2) == null && w.contains(".") && i > 0 && s.tag(i - 1).startsWith("NN")
                && Character.isUpperCase(s.word(i - 1).charAt(0)) && !metrics.endsAt(s, i)) {
            return false;
        }
        // the size of a model or data set named as a modifier: "a 1.3 billion parameter model", "our
        // 1.1B parameter model" (a size as a result is counted: "with only 6.12M parameters")
        if (m.group(QuantityFinder.UNIT) == null && i + 2 < s.size() && words.magnitudes().contains(s.word(i + 1).toLowerCase(Locale.ROOT))
                && !s.tag(i + 2).equals("NNS")) {
            return false;
        }
        if (isBudget(s, i)) {
            return false;
        }
        // a setting: "GAE ($\lambda=1$, $\gamma=1$)", "from B=1 to B=64"; a measure written so is a
        // result where its clause says it changed ("improves alignment from rho=0.46 to rho=0.65")
        if (i > 0 && s.word(i - 1).equals("=") && !changedBefore(s, QuantityFinder.clauseStart(s, i), i)) {
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
    /**
     * A count: a whole number without a unit before a noun, perhaps after adjectives or participles
     * ("4 datasets", "28 frying videos", "7,226 paired frames"); not before a unit or a metric of the
     * word list ("+1 chrF++").
     */
    private boolean isCount(Sentence s, int i, Matcher m) {
        String w = s.word(i);
        if (m.group(QuantityFinder.UNIT) != null || w.contains(".") || m.group(2) != null) {
            return false;
        }
        int j = i + 1;
        while (j < s.size() && j - i <= 2 && (s.tag(j).startsWith("JJ") || s.tag(j).equals("VBN") || s.tag(j).equals("VBG"))) {
            j++;
        }
        return j < s.size() && s.tag(j).startsWith("NN") && !words.units().containsKey(s.word(i + 1).toLowerCase(Locale.ROOT))
                && !metrics.startsAt(s, i + 1) && !metrics.startsAt(s, j);
    }

    /**
     * A share of the data or parameters a method is given, a setting: "with only 10% of the seen
     * data", "less than 1% of the original model parameters", "only 20%, 10%, and even 5% of the
     * annotated data" (the number, or the list it is in, follows a cue of {@code budgetCues} and
     * is followed by "of", perhaps "the" and modifiers, and a noun of {@code budgetNouns}).
     */
    private boolean isBudget(Sentence s, int i) {
        int j = i + 1;
        while (j < s.size() && j - i <= 12 && isListPart(s, j)) {
            j++;
        }
        if (j >= s.size() || !s.word(j).equalsIgnoreCase("of")) {
            return false;
        }
        int k = j + 1;
        while (k < s.size() && k - j <= 4 && !words.budgetNouns().contains(s.word(k).toLowerCase(Locale.ROOT))) {
            String t = s.tag(k);
            if (!t.equals("DT") && !t.startsWith("JJ") && !t.startsWith("VBN") && !t.startsWith("NN")) {
                return false;
            }
            k++;
        }
        if (k >= s.size() || !words.budgetNouns().contains(s.word(k).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int b = i - 1;
        while (b >= 0 && i - b <= 12 && isListPart(s, b)) {
            b--;
        }
        return b >= 0 && words.budgetCues().contains(s.word(b).toLowerCase(Locale.ROOT));
    }

    /** A token of a list of numbers: a number, its unit, a comma, "and", "or", "even". */
    private boolean isListPart(Sentence s, int j) {
        String w = s.word(j);
        String lower = w.toLowerCase(Locale.ROOT);
        return QuantityFinder.NUMBER.matcher(w).matches() || words.units().containsKey(lower) || lower.equals(",")
                || lower.equals("and") || lower.equals("or") || lower.equals("even") || lower.equals("\\");
    }

    /** "512times 512", "256x 256": a times sign glued to the number, and another number after it. */
    private static boolean isGluedTimesSize(Sentence s, int i, Matcher m) {
        String unit = m.group(QuantityFinder.UNIT);
        return unit != null && !unit.equals("%") && !unit.equalsIgnoreCase("pp") && i + 1 < s.size()
                && Character.isDigit(s.word(i + 1).charAt(0));
    }

    private static boolean isTimesSign(Sentence s, int j) {
        if (j < 0 || j >= s.size()) {
            return false;
        }
        String w = s.word(j);
        boolean sign = w.equals("x") || w.equals("×") || w.equals("times");
        return sign && j + 1 < s.size() && j >= 1 && QuantityFinder.NUMBER.matcher(s.word(j + 1)).matches()
                && QuantityFinder.NUMBER.matcher(s.word(j - 1)).matches();
    }

    /** Whether a word of change ("improves", "reduces") comes before token {@code i} in its clause. */
    private boolean changedBefore(Sentence s, int clauseStart, int i) {
        for (int j = i - 1; j >= clauseStart; j--) {
            if (metrics.isChange(s, j)) {
                return true;
            }
        }
        return false;
    }
}
