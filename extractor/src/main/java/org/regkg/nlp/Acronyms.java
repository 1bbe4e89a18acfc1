package org.regkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds acronym definitions, "Long Form (LF)" and "LF (Long Form)", with the Schwartz and Hearst
 * (2003) algorithm: the short form's letters must appear in order in the long form, the first one
 * at the start of a word.
 */
public final class Acronyms {
    /** A definition inside one sentence: token ranges of the long and the short form. */
    public record Definition(int longStart, int longEnd, int shortStart, int shortEnd) {
    }

    private static final int MAX_SHORT_CHARS = 12;

    private Acronyms() {
    }

    public static List<Definition> find(Sentence s) {
        List<Definition> out = new ArrayList<>();
        for (int i = 1; i < s.size() - 1; i++) {
            if (!s.word(i).equals("(")) {
                continue;
            }
            int close = i + 1;
            while (close < s.size() && !s.word(close).equals(")") && close - i <= 4) {
                close++;
            }
            if (close >= s.size() || !s.word(close).equals(")") || close == i + 1) {
                continue;
            }
            // "Long Form (LF)"
            if (close == i + 2 && isShortForm(s.word(i + 1))) {
                Definition d = longBefore(s, i, i + 1);
                if (d != null) {
                    out.add(d);
                    continue;
                }
            }
            // "LF (Long Form)"
            if (i >= 1 && isShortForm(s.word(i - 1))) {
                String sf = s.word(i - 1);
                String lf = s.span(i + 1, close);
                if (matches(sf, lf)) {
                    out.add(new Definition(i + 1, close, i - 1, i));
                }
            }
        }
        return out;
    }

    static boolean isShortForm(String w) {
        // a letter first, or a digit and then a letter ("3DGS" for "3D Gaussian Splatting")
        if (w.length() < 2 || w.length() > MAX_SHORT_CHARS || !(Character.isLetter(w.charAt(0))
                || Character.isDigit(w.charAt(0)) && Character.isLetter(w.charAt(1)))) {
            return false;
        }
        int caps = 0;
        for (char c : w.toCharArray()) {
            if (Character.isUpperCase(c)) {
                caps++;
            }
        }
        return caps >= 2 || (caps == 1 && Character.isUpperCase(w.charAt(0)) && w.length() <= 5
                && !w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT)));
    }

    private static Definition longBefore(Sentence s, int open, int sfIndex) {
        String sf = s.word(sfIndex);
        int letters = (int) sf.chars().filter(Character::isLetter).count();
        int maxWords = Math.min(letters + 5, letters * 2);
        for (int start = open - 1; start >= 0 && open - start <= maxWords; start--) {
            String w = s.word(start);
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(")") || w.equals("(")) {
                break;
            }
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                continue;
            }
            if (Character.toLowerCase(w.charAt(0)) == Character.toLowerCase(firstLetter(sf))
                    && matches(sf, s.span(start, open))) {
                int st = start;
                while (st < open - 1 && isDeterminer(s.word(st))) {
                    st++;
                }
                return new Definition(st, open, sfIndex, sfIndex + 1);
            }
        }
        return null;
    }

    private static boolean isDeterminer(String w) {
        return w.equalsIgnoreCase("the") || w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an");
    }

    private static char firstLetter(String sf) {
        for (char c : sf.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return sf.charAt(0);
    }

    /** Schwartz-Hearst: every letter or digit of {@code sf}, right to left, found in order in {@code lf}. */
    static boolean matches(String sf, String lf) {
        String s = sf.toLowerCase(Locale.ROOT);
        String l = lf.toLowerCase(Locale.ROOT);
        int si = s.length() - 1;
        int li = l.length() - 1;
        while (si >= 0) {
            char c = s.charAt(si);
            if (!Character.isLetterOrDigit(c)) {
                si--;
                continue;
            }
            while (li >= 0 && (l.charAt(li) != c || (si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1))))) {
                li--;
            }
            if (li < 0) {
                return false;
            }
            si--;
            li--;
        }
        return true;
    }
}
