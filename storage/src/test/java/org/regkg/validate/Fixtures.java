package org.regkg.validate;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.regkg.lexicon.Ontology;

/** The hand-made conforming facts graph of {@code validate/conforming.ttl}, alone or with the ontology. */
final class Fixtures {
    static final String KG = "http://example.org/kg/";

    private Fixtures() {
    }

    /** The facts of the fixture paper, without the ontology. */
    static Model facts() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(Fixtures.class.getClassLoader().getResourceAsStream("validate/conforming.ttl"))
                .lang(org.apache.jena.riot.Lang.TURTLE).parse(m);
        return m;
    }

    /** Facts and ontology together, as a store's union graph shows them. */
    static Model union() {
        return facts().add(Ontology.load());
    }
}
