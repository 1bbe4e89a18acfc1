package org.regkg.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.regkg.rdf.RK;

/**
 * What the ontology documentation shows of the schema ({@code regkg.ttl}): the ontology's header
 * and its classes, properties and individuals, each as plain strings for the template.
 */
final class OntologyView {
    /** A link to a term: its anchor or IRI, and the text shown. */
    record Link(String href, String text) {
    }

    /** One class, property or individual of the schema. */
    record Term(String id, String iri, String label, String definition, String comment, List<Link> superTerms,
                List<Link> domain, List<Link> range, List<Link> inverse, List<Link> disjoint, List<Link> types,
                List<String> characteristics) {
    }

    private final Model m;

    OntologyView(Model m) {
        this.m = m;
    }

    String text(Resource r, Property p) {
        Statement s = preferEnglish(r, p);
        return s == null ? null : s.literal.getString();
    }

    private record Statement(Literal literal) {
    }

    private Statement preferEnglish(Resource r, Property p) {
        Literal fallback = null;
        for (RDFNode n : m.listObjectsOfProperty(r, p).toList()) {
            if (n.isLiteral()) {
                Literal l = n.asLiteral();
                if (l.getLanguage().isEmpty() || l.getLanguage().startsWith("en")) {
                    return new Statement(l);
                }
                fallback = l;
            }
        }
        return fallback == null ? null : new Statement(fallback);
    }

    List<Term> terms(Resource type) {
        List<Term> out = new ArrayList<>();
        for (Resource r : m.listSubjectsWithProperty(RDF.type, type).toList()) {
            if (r.isURIResource() && r.getURI().startsWith(RK.NS)) {
                out.add(term(r));
            }
        }
        out.sort(Comparator.comparing(t -> t.id().toLowerCase(Locale.ROOT)));
        return out;
    }

    private Term term(Resource r) {
        List<String> characteristics = new ArrayList<>();
        if (r.hasProperty(RDF.type, OWL.FunctionalProperty)) {
            characteristics.add("functional");
        }
        List<Link> types = links(r, RDF.type).stream()
                .filter(l -> !l.text().startsWith("owl:")).toList();
        return new Term(r.getLocalName(), r.getURI(), text(r, RDFS.label), text(r, SKOS.definition), text(r, RDFS.comment),
                concat(links(r, RDFS.subClassOf), links(r, RDFS.subPropertyOf)),
                links(r, RDFS.domain), links(r, RDFS.range), links(r, OWL.inverseOf),
                links(r, OWL.disjointWith), types, characteristics);
    }

    private static List<Link> concat(List<Link> a, List<Link> b) {
        List<Link> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    List<Link> links(Resource r, Property p) {
        List<Link> out = new ArrayList<>();
        for (RDFNode n : m.listObjectsOfProperty(r, p).toList()) {
            out.add(link(n));
        }
        out.sort(Comparator.comparing(Link::text));
        return out;
    }

    /** A link to a node: in-page anchors for our terms, the IRI for others, a description for class expressions. */
    Link link(RDFNode n) {
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            String shortName = m.shortForm(iri);
            String href = iri.startsWith(RK.NS) ? "#" + n.asResource().getLocalName() : iri;
            return new Link(href, shortName);
        }
        if (n.isLiteral()) {
            return new Link(null, n.asLiteral().getLexicalForm());
        }
        Resource b = n.asResource();
        for (Property p : List.of(OWL.unionOf, OWL.oneOf)) {
            if (b.hasProperty(p)) {
                List<String> parts = new ArrayList<>();
                b.getProperty(p).getList().iterator().forEachRemaining(x -> parts.add(link(x).text()));
                String sep = p.equals(OWL.unionOf) ? " or " : ", ";
                String text = p.equals(OWL.oneOf) ? "one of {" + String.join(sep, parts) + "}" : String.join(sep, parts);
                return new Link(null, text);
            }
        }
        return new Link(null, "(anonymous class)");
    }

    String header(Property p) {
        return text(m.createResource(RK.ONTOLOGY), p);
    }

    String versionIri() {
        Resource v = m.createResource(RK.ONTOLOGY).getPropertyResourceValue(OWL.versionIRI);
        return v == null ? null : v.getURI();
    }

    String license() {
        Resource v = m.createResource(RK.ONTOLOGY).getPropertyResourceValue(DCTerms.license);
        return v == null ? null : v.getURI();
    }
}
