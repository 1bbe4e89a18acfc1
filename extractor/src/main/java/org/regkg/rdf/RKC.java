package org.regkg.rdf;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The RegKG concept scheme ({@code ontology/concepts.ttl}). */
public final class RKC {
    public static final String NS = "https://w3id.org/regkg/concept/";

    public static final Resource scheme = ResourceFactory.createResource(NS + "scheme");
    /** The root of every regularization concept. */
    public static final Resource regularization = ResourceFactory.createResource(NS + "regularization");

    private RKC() {
    }
}
