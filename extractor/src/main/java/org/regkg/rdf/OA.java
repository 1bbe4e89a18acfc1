package org.regkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Web Annotation terms RegKG uses to point at text. */
public final class OA {
    public static final String NS = "http://www.w3.org/ns/oa#";

    public static final Resource Annotation = ResourceFactory.createResource(NS + "Annotation");
    public static final Resource SpecificResource = ResourceFactory.createResource(NS + "SpecificResource");
    public static final Resource TextPositionSelector = ResourceFactory.createResource(NS + "TextPositionSelector");
    public static final Resource TextQuoteSelector = ResourceFactory.createResource(NS + "TextQuoteSelector");
    public static final Property hasBody = ResourceFactory.createProperty(NS + "hasBody");
    public static final Property hasTarget = ResourceFactory.createProperty(NS + "hasTarget");
    public static final Property hasSource = ResourceFactory.createProperty(NS + "hasSource");
    public static final Property hasSelector = ResourceFactory.createProperty(NS + "hasSelector");
    public static final Property start = ResourceFactory.createProperty(NS + "start");
    public static final Property end = ResourceFactory.createProperty(NS + "end");
    public static final Property exact = ResourceFactory.createProperty(NS + "exact");
    public static final Property refinedBy = ResourceFactory.createProperty(NS + "refinedBy");

    private OA() {
    }
}
