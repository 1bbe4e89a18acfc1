package org.regkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C ML-Schema terms a claimed result is also described with. */
public final class MLS {
    public static final String NS = "http://www.w3.org/ns/mls#";

    public static final Resource ModelEvaluation = ResourceFactory.createResource(NS + "ModelEvaluation");
    public static final Property hasValue = ResourceFactory.createProperty(NS + "hasValue");
    public static final Property specifiedBy = ResourceFactory.createProperty(NS + "specifiedBy");

    private MLS() {
    }
}
