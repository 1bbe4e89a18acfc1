package org.regkg.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes RegKG writes Turtle, TriG and JSON-LD with. */
public final class Prefixes {
    /** The standard vocabularies and ours, without the base of minted IRIs (read only). */
    public static final PrefixMapping STANDARD = standard().lock();

    private Prefixes() {
    }

    /** Standard vocabularies plus ours; {@code base} (the minted IRIs' base) gets the prefix {@code kg}. */
    public static PrefixMapping of(String base) {
        return standard().setNsPrefix("kg", base);
    }

    private static PrefixMapping standard() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("rdf", RDF.uri);
        pm.setNsPrefix("rdfs", RDFS.uri);
        pm.setNsPrefix("owl", OWL.NS);
        pm.setNsPrefix("xsd", XSD.NS);
        pm.setNsPrefix("skos", SKOS.uri);
        pm.setNsPrefix("dcterms", DCTerms.NS);
        pm.setNsPrefix("foaf", FOAF.NS);
        pm.setNsPrefix("schema", SDO.NS);
        pm.setNsPrefix("prov", PROV.NS);
        pm.setNsPrefix("oa", OA.NS);
        pm.setNsPrefix("mls", MLS.NS);
        pm.setNsPrefix("rk", RK.NS);
        pm.setNsPrefix("rkc", RKC.NS);
        return pm;
    }
}
