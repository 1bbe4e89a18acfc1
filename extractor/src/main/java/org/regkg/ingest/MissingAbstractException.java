package org.regkg.ingest;

/**
 * A well-formed record of a bibliographic source that has no abstract (common in Crossref and
 * OpenAlex): nothing to extract from, so it is reported and skipped, not an error of the input.
 */
public final class MissingAbstractException extends InputException {
    public MissingAbstractException(String location, String title) {
        super(location, "no abstract, skipped: \"" + abbreviate(title) + "\"");
    }

    private static String abbreviate(String s) {
        String t = s == null ? "" : s;
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
