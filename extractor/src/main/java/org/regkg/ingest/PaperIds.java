package org.regkg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Minting of paper ids and the title key used to find duplicates. */
public final class PaperIds {
    private static final int MAX_SLUG = 60;

    private PaperIds() {
    }

    /** The key two titles share when they are the same paper: NFKC, lower case, letters and digits only. */
    public static String titleKey(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /**
     * A readable, stable id for a paper that has none: its title as a slug, cut at a word boundary
     * and given a short hash when cut, so that it stays unique.
     */
    public static String mint(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.isEmpty()) {
            return "paper-" + shortHash(title);
        }
        if (s.length() <= MAX_SLUG) {
            return s;
        }
        String cut = s.substring(0, MAX_SLUG);
        int dash = cut.lastIndexOf('-');
        if (dash > MAX_SLUG / 2) {
            cut = cut.substring(0, dash);
        }
        return cut + "-" + shortHash(titleKey(title));
    }

    /** An id made safe for use in an IRI path segment. */
    public static String safe(String id) {
        String s = id.strip().replaceAll("[^A-Za-z0-9._~-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "paper-" + shortHash(id) : s;
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
