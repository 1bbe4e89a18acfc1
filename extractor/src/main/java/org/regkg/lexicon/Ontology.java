package org.regkg.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The RegKG ontology as shipped on the classpath (copied there from {@code ontology/} at build
 * time): the OWL schema and the SKOS concept scheme.
 */
public final class Ontology {
    /** Classpath folder of the Turtle files. */
    public static final String FOLDER = "ontology/";
    /** The files that make up the ontology graph, in load order. */
    public static final List<String> FILES = List.of("regkg.ttl", "concepts.ttl");
    /** The SHACL shapes the built graph must satisfy. */
    public static final String SHAPES = "shapes.ttl";

    private Ontology() {
    }

    /** A fresh in-memory model holding every ontology file. */
    public static Model load() {
        Model m = ModelFactory.createDefaultModel();
        for (String f : FILES) {
            read(m, FOLDER + f);
        }
        return m;
    }

    /** The SHACL shapes graph. */
    public static Model shapes() {
        Model m = ModelFactory.createDefaultModel();
        read(m, FOLDER + SHAPES);
        return m;
    }

    private static void read(Model m, String resource) {
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("ontology file missing from the classpath: " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/regkg/").parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
