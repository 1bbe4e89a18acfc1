package org.regkg.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The scorer's text normalisation, code point for code point as {@code score.py} does it: NFKC,
 * lower case, a leading article stripped, and only the characters of the class
 * {@code [0-9a-z\u00c0-\uffff]} kept (letters, digits, and everything from U+00C0 to U+FFFF).
 */
public final class NormLib {
    /** Words that never count as content words in token overlap. */
    static final Set<String> STOP = Set.of(("the a an of for and in on with to by via from as at its their our "
            + "we is are be").split(" "));
    private static final String[] ARTICLES = {"the", "a", "an"};

    private NormLib() {
    }

    /** {@code norm(s)}: the key two labels must share to be equal ("MultiWOZ 2.0" = "multiwoz2.0"). */
    public static String norm(String s) {
        String t = pyStrip(lower(s));
        t = stripArticle(t);
        StringBuilder out = new StringBuilder(t.length());
        t.codePoints().filter(NormLib::kept).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** {@code words(s)}: the content words of {@code s}, in order, stop words left out. */
    public static List<String> words(String s) {
        String t = lower(s);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        t.codePoints().forEach(cp -> {
            if (kept(cp)) {
                word.appendCodePoint(cp);
            } else {
                flush(word, out);
            }
        });
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (!word.isEmpty()) {
            String w = word.toString();
            if (!STOP.contains(w)) {
                out.add(w);
            }
            word.setLength(0);
        }
    }

    private static String lower(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The character class {@code [0-9a-z\u00c0-\uffff]}. */
    static boolean kept(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0xFFFF);
    }

    /** Python's {@code re.sub(r'^(the|a|an)\s+', '', s)}. */
    private static String stripArticle(String s) {
        for (String article : ARTICLES) {
            if (s.startsWith(article)) {
                int i = article.length();
                int start = i;
                while (i < s.length() && isPySpace(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                if (i > start) {
                    return s.substring(i);
                }
            }
        }
        return s;
    }

    /** Python's {@code str.strip()}: whitespace as {@code str.isspace()} sees it, both ends. */
    static String pyStrip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPySpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isPySpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** Python's {@code str.isspace()} for one code point (Java's notion plus the no-break spaces and NEL). */
    static boolean isPySpace(int cp) {
        return Character.isWhitespace(cp) || cp == 0x85 || cp == 0xA0 || cp == 0x2007 || cp == 0x202F;
    }
}
