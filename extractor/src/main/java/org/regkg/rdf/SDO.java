package org.regkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms RegKG writes. */
public final class SDO {
    public static final String NS = "https://schema.org/";

    public static final Resource ScholarlyArticle = ResourceFactory.createResource(NS + "ScholarlyArticle");
    public static final Resource Person = ResourceFactory.createResource(NS + "Person");
    public static final Property author = ResourceFactory.createProperty(NS + "author");
    public static final Property name = ResourceFactory.createProperty(NS + "name");
    public static final Property position = ResourceFactory.createProperty(NS + "position");
    public static final Property sameAs = ResourceFactory.createProperty(NS + "sameAs");
    public static final Property url = ResourceFactory.createProperty(NS + "url");

    private SDO() {
    }
}
