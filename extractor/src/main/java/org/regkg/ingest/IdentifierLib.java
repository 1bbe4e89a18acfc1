package org.regkg.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises the identifiers sources write in many spellings: DOIs, arXiv ids, ORCID iDs, OpenAlex ids. */
public final class IdentifierLib {
    private static final Pattern DOI = Pattern.compile("(10\\.\\d{4,9}/\\S+)");
    /** New-style (1601.03238, 2503.11892v2) or old-style (nucl-ex/0408020, math.AP/0101001v1) arXiv ids. */
    private static final Pattern ARXIV = Pattern.compile(
            "(?:arxiv:|arxiv\\.org/(?:abs|pdf)/)?(\\d{4}\\.\\d{4,5}|[a-z-]+(?:\\.[A-Za-z-]+)?/\\d{7})(?:v\\d+)?(?:\\.pdf)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARXIV_DOI = Pattern.compile("10\\.48550/arxiv\\.(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORCID = Pattern.compile("(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dXx])");
    private static final Pattern OPENALEX = Pattern.compile("(?:https?://openalex\\.org/)?(W\\d+)", Pattern.CASE_INSENSITIVE);

    private IdentifierLib() {
    }

    /**
     * The first DOI in {@code s} without a resolver prefix ({@code https://doi.org/10.2307/1885099}
     * gives {@code 10.2307/1885099}); sources list several DOIs separated by commas or semicolons.
     */
    public static String doi(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = DOI.matcher(s.strip());
        if (!m.find()) {
            return null;
        }
        return m.group(1).replaceAll("[,;.]+$", "");
    }

    /** The arXiv id in {@code s} (an id, an abs or pdf URL, an {@code arXiv:} id) without its version suffix. */
    public static String arxivId(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ARXIV.matcher(s.strip());
        return m.matches() || m.find() ? m.group(1) : null;
    }

    /** The arXiv id of an arXiv DOI ({@code 10.48550/arXiv.1201.0490}), or null. */
    public static String arxivIdOfDoi(String doi) {
        if (doi == null) {
            return null;
        }
        Matcher m = ARXIV_DOI.matcher(doi);
        return m.matches() ? arxivId(m.group(1)) : null;
    }

    /** The bare ORCID iD in {@code s} (an iD or an orcid.org URL), or null. */
    public static String orcid(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = ORCID.matcher(s);
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : null;
    }

    /** The OpenAlex work id ({@code W2099326003}) in {@code s}, or null. */
    public static String openalexWork(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = OPENALEX.matcher(s.strip());
        return m.matches() ? m.group(1).toUpperCase(Locale.ROOT) : null;
    }
}
