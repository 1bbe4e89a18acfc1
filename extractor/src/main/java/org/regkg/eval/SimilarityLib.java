package org.regkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The scorer's similarity functions: labels, gold entries with aliases, claims and numbers. */
public final class SimilarityLib {
    /** Token-set F1 two phrases need to count as the same thing. */
    static final double PHRASE_F1 = 0.6;
    /** Share of the gold claim's words the longest common run must cover. */
    static final double CLAIM_OVERLAP = 0.5;
    /** Two numbers are the same value when they differ by less than this. */
    static final double SAME_NUMBER = 1e-9;
    private static final Pattern NUM = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?", Pattern.UNICODE_CHARACTER_CLASS);

    private SimilarityLib() {
    }

    /**
     * {@code phrase_sim(a, b)}: 1 when the normalised forms are equal; otherwise the token-set F1
     * of the content words when one of the phrases has two or more of them and F1 &gt;= 0.6; else 0.
     */
    public static double phraseSim(String a, String b) {
        String na = NormLib.norm(a);
        if (!na.isEmpty() && na.equals(NormLib.norm(b))) {
            return 1.0;
        }
        Set<String> wa = new HashSet<>(NormLib.words(a));
        Set<String> wb = new HashSet<>(NormLib.words(b));
        if (wa.size() < 2 && wb.size() < 2) {
            return 0.0;
        }
        int inter = 0;
        for (String w : wa) {
            if (wb.contains(w)) {
                inter++;
            }
        }
        if (inter == 0) {
            return 0.0;
        }
        double p = (double) inter / wa.size();
        double r = (double) inter / wb.size();
        double f = 2 * p * r / (p + r);
        return f >= PHRASE_F1 ? f : 0.0;
    }

    /** {@code entry_sim(label, gold)}: the best {@link #phraseSim} over the gold name and its aliases. */
    public static double entrySim(String label, JsonNode gold) {
        double best = phraseSim(label, PyLib.text(gold.get("name")));
        JsonNode aliases = gold.get("aliases");
        if (aliases != null && aliases.isArray()) {
            for (JsonNode alias : aliases) {
                best = Math.max(best, phraseSim(label, PyLib.text(alias)));
            }
        }
        return best;
    }

    /**
     * {@code claim_sim(pred, gold)}: the longest run of content words the two share, over the gold
     * claim's word count, when that is at least 0.5; else 0.
     */
    public static double claimSim(String pred, String gold) {
        List<String> a = NormLib.words(pred);
        List<String> b = NormLib.words(gold);
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int best = 0;
        int[] prev = new int[b.size() + 1];
        for (String x : a) {
            int[] cur = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                if (x.equals(b.get(j - 1))) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        double r = (double) best / b.size();
        return r >= CLAIM_OVERLAP ? r : 0.0;
    }

    /**
     * {@code num(v)}: a value as a number ("4x" is 4, "10.1%" is 10.1, "1,000" is 1000), or null
     * when it holds none. JSON numbers and booleans are numbers, as in Python.
     */
    public static Double number(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? 1.0 : 0.0;
        }
        Matcher m = NUM.matcher(PyLib.str(v).replace(",", ""));
        return m.find() ? Double.parseDouble(asciiDigits(m.group())) : null;
    }

    /** Two values are the same number: 1, else 0. */
    static double valueSim(JsonNode pred, JsonNode gold) {
        return Math.abs(number(pred.get("value")) - number(gold.get("value"))) < SAME_NUMBER ? 1.0 : 0.0;
    }

    /** Python's {@code float()} reads any Unicode decimal digit; Java's wants ASCII. */
    private static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.append(Character.isDigit(cp) ? (char) ('0' + Character.digit(cp, 10)) : (char) cp));
        return out.toString();
    }
}
