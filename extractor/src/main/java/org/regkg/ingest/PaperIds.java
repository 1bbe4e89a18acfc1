package org.regkg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Minting of paper ids and the title key used to find duplicates. */
public final class PaperIds {
    private static final int MAX_SLUG = 60;
    /** Ids longer than this are shortened (with a hash) in IRIs. */
    private static final int MAX_ID = 200;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._~:-]+");

    private PaperIds() {
    }

    /** The key two titles share when they are the same paper: NFKC, lower case, letters and digits only. */
    public static String titleKey(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /**
     * A readable, stable id for a paper that has none: its title as a slug, cut at a word boundary
     * and given a short hash when cut, so that it stays unique. A title whose letters do not all
     * survive ASCII folding ("Regularizing β-VAE") also gets the hash of its letters, so titles
     * that differ only in such letters do not collapse into one id.
     */
    public static String mint(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        String key = titleKey(title);
        if (s.isEmpty()) {
            return "paper-" + shortHash(key.isEmpty() ? title : key);
        }
        boolean lossy = !key.matches("[a-z0-9]*");
        if (s.length() <= MAX_SLUG && !lossy) {
            return s;
        }
        String cut = s.length() <= MAX_SLUG ? s : s.substring(0, MAX_SLUG);
        int dash = cut.lastIndexOf('-');
        if (s.length() > MAX_SLUG && dash > MAX_SLUG / 2) {
            cut = cut.substring(0, dash);
        }
        return cut + "-" + shortHash(key);
    }

    /** True for the ids a path segment cannot carry as they are: {@code .} and {@code ..}. */
    public static boolean isDotSegment(String id) {
        return id.equals(".") || id.equals("..");
    }

    /**
     * The path segment of a paper's IRI. An id made of unreserved characters (and colons, as in
     * {@code arXiv:1708.04552}) is used as it is; any other id becomes a readable slug plus a short
     * hash of the id, so two ids that differ only in characters the slug drops ({@code "a b"},
     * {@code "a/b"}) never mint the same IRI. The same id always gives the same segment.
     */
    public static String segment(String id) {
        if (id.length() <= MAX_ID && SAFE.matcher(id).matches() && !isDotSegment(id)) {
            return id;
        }
        String s = id.strip().replaceAll("[^A-Za-z0-9._~:-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("[-.]+$", "");
        }
        return (s.isEmpty() ? "paper" : s) + "-" + shortHash(id);
    }

    static String shortHash(String s) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(sha.digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}
