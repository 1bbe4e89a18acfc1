package org.regkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The VoID terms of the store's statistics graph (https://www.w3.org/TR/void/). */
public final class VOID {
    public static final String NS = "http://rdfs.org/ns/void#";

    public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");
    public static final Property triples = property("triples");
    public static final Property entities = property("entities");
    public static final Property distinctSubjects = property("distinctSubjects");
    public static final Property distinctObjects = property("distinctObjects");
    public static final Property classes = property("classes");
    public static final Property properties = property("properties");
    public static final Property classPartition = property("classPartition");
    public static final Property propertyPartition = property("propertyPartition");
    public static final Property subset = property("subset");
    public static final Property property = property("property");
    public static final Property class_ = property("class");

    /** The SPARQL Service Description term that names a graph. */
    public static final Property sdName = ResourceFactory.createProperty("http://www.w3.org/ns/sparql-service-description#name");

    private VOID() {
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
