package org.regkg.rdf;

import java.text.Normalizer;
import java.util.Locale;
import org.regkg.ingest.PaperIds;

/**
 * Mints RegKG's IRIs under a base. The same input always gives the same IRIs: they are made from
 * ids and normalised names, never from counters shared across papers or from clocks.
 */
public final class IriMinter {
    /** The default base: IRIs dereference on a local Fuseki started by {@code ./regkg serve}. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    public IriMinter(String base) {
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** The named graph that holds the extracted facts. */
    public String factsGraph() {
        return base + "graph/facts";
    }

    /** The named graph of what the build derives from the facts and the ontology: labels of shared entities, the concept closure, counts. */
    public String derivedGraph() {
        return base + "graph/derived";
    }

    /** The named graph of the store's VoID statistics (sizes, class and property partitions). */
    public String statisticsGraph() {
        return base + "graph/statistics";
    }

    /** The VoID description of the whole dataset, as {@code ./regkg serve} publishes it. */
    public String voidDataset() {
        return base + ".well-known/void#regkg";
    }

    public String paper(String id) {
        return base + "paper/" + PaperIds.segment(id);
    }

    /** A method a paper proposes: one per key in the paper (its concept, if any, is the first one found). */
    public String method(String paperId, String key) {
        return paper(paperId) + "/method/" + slug(key);
    }

    public String technique(String key) {
        return technique(key, null);
    }

    /** A technique shared by the papers; see {@link #entitySegment} for how the concept enters the IRI. */
    public String technique(String key, String conceptIri) {
        return base + "technique/" + entitySegment(key, conceptIri);
    }

    public String dataset(String key) {
        return base + "dataset/" + slug(key);
    }

    /**
     * The annotation that records one fact of a paper with its evidence: one per paper and thing,
     * named after the last segment of the thing's IRI (so two facts of a paper never share one).
     */
    private static final String FACT_SEGMENT = "/fact/";

    public String fact(String paperId, String kind, String entityIri) {
        return paper(paperId) + FACT_SEGMENT + kind + "/" + entityIri.substring(entityIri.lastIndexOf('/') + 1);
    }

    /** Whether {@code iri} names a fact annotation ({@link #fact}) or something inside one (its targets). */
    public static boolean isFact(String iri) {
        return iri.contains(FACT_SEGMENT);
    }

    /**
     * The last IRI segment of a technique or method: the slug of its key, and when it is linked to
     * a concept other than the one its key names (a phrase classed under its head concept, such
     * as "Frobenius norm regularization" under parameter norm penalty), also the concept's slug
     * after "--", which no slug contains. A shared IRI thus never links two concepts, whatever
     * the papers' wording.
     */
    public static String entitySegment(String key, String conceptIri) {
        String s = slug(key);
        if (conceptIri == null) {
            return s;
        }
        String concept = slug(conceptIri.substring(Math.max(conceptIri.lastIndexOf('/'), conceptIri.lastIndexOf('#')) + 1));
        return concept.equals(s) ? s : s + "--" + concept;
    }

    public String result(String paperId, int n) {
        return paper(paperId) + "/result/" + n;
    }

    public String quantity(String paperId, int result, int n) {
        return result(paperId, result) + "/quantity/" + n;
    }

    public String author(String paperId, int n) {
        return paper(paperId) + "/author/" + n;
    }

    public String extraction(String version) {
        return base + "extraction/regkg-" + slug(version);
    }

    public String extractorAgent(String version) {
        return base + "agent/regkg-extractor-" + slug(version);
    }

    /** Lower case ASCII letters, digits, dots and dashes; anything else becomes one dash. */
    public static String slug(String key) {
        String s = Normalizer.normalize(key, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = s.replace("+", "-plus").replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
