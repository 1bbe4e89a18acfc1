package org.regkg.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How labels and tokens are cut into words and folded into comparable keys. */
public final class WordKeys {
    private WordKeys() {
    }

    /** True for labels with two or more capital letters, which only match in their own case. */
    public static boolean isCaseSensitive(String label) {
        int caps = 0;
        for (int i = 0; i < label.length(); i++) {
            if (Character.isUpperCase(label.charAt(i))) {
                caps++;
            }
        }
        return caps >= 2;
    }

    /** Words of a label or token: split at spaces, hyphens, slashes and underscores. */
    public static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String w : Normalizer.normalize(s, Normalizer.Form.NFKC).split("[\\s\\-\u2010\u2011\u2012\u2013/_]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The key of one word: singular, lower-cased unless {@code exact}, "ℓ" read as "l". */
    public static String key(String word, boolean exact) {
        String w = word.replace('\u2113', 'l');
        w = singular(w);
        return exact ? "=" + w : w.toLowerCase(Locale.ROOT);
    }

    /** A crude singular that is the same on both sides of a comparison, which is all it must be. */
    static String singular(String w) {
        int n = w.length();
        if (n > 3 && (w.endsWith("s") || w.endsWith("S")) && Character.isLetter(w.charAt(n - 2))) {
            if (w.charAt(n - 1) == 's' && Character.isUpperCase(w.charAt(n - 2))) {
                return w.substring(0, n - 1); // an acronym's plural: "ReLUs", "GANs"
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is") || lower.endsWith("as")) {
                return w;
            }
            if (lower.endsWith("ies") && n > 4) {
                return w.substring(0, n - 3) + (Character.isUpperCase(w.charAt(n - 1)) ? "Y" : "y");
            }
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** The cross-paper key of a name: NFKC, lower case, letters and digits only, last word singular. */
    public static String entityKey(String name) {
        List<String> words = split(name);
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = i == words.size() - 1 ? singular(words.get(i)) : words.get(i);
            b.append(w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.+]+", ""));
        }
        return b.toString();
    }
}
