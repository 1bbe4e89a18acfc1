package org.regkg.serve;

import java.util.Optional;
import org.regkg.rdf.RK;
import org.regkg.rdf.RKC;

/**
 * Maps between the IRIs RegKG serves and paths on this server. Minted IRIs live under the build's
 * base ({@code http://localhost:3030/} by default) and map to the same path on any host and port.
 * The ontology's and concepts' w3id.org IRIs map to {@code /ontology} and {@code /concept/{slug}}:
 * in production w3id.org redirects there; here the pages link to the local copies.
 */
public final class IriMap {
    public static final String ONTOLOGY_PATH = "/ontology";
    public static final String CONCEPT_PATH = "/concept/";

    private final String base;

    public IriMap(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** The local path (with any fragment) that serves {@code iri}, if this server serves it. */
    public Optional<String> localPath(String iri) {
        if (iri.startsWith(base)) {
            return Optional.of("/" + iri.substring(base.length()));
        }
        if (iri.equals(RK.ONTOLOGY)) {
            return Optional.of(ONTOLOGY_PATH);
        }
        if (iri.startsWith(RK.NS)) {
            return Optional.of(ONTOLOGY_PATH + "#" + iri.substring(RK.NS.length()));
        }
        if (iri.startsWith(RKC.NS)) {
            return Optional.of(CONCEPT_PATH + iri.substring(RKC.NS.length()));
        }
        return Optional.empty();
    }

    /** A link target for {@code iri}: its local path, or the IRI itself for the rest of the web. */
    public String href(String iri) {
        return localPath(iri).orElse(iri);
    }

    /** The IRI a request path names ({@code /paper/x} → base + {@code paper/x}). */
    public String iri(String path) {
        if (path.equals(ONTOLOGY_PATH)) {
            return RK.ONTOLOGY;
        }
        if (path.startsWith(CONCEPT_PATH)) {
            return RKC.NS + path.substring(CONCEPT_PATH.length());
        }
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }
}
