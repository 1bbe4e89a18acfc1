package org.regkg.docs;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.regkg.lexicon.Ontology;
import org.regkg.rdf.RK;

/**
 * Human-readable HTML documentation of the ontology, generated from the Turtle: the schema's
 * classes and properties, the concept hierarchy as a tree and every concept with its labels and
 * definition. Rendered with Mustache, which escapes every value for HTML.
 *
 * <p>The Maven build runs {@link #main} after compiling, writing
 * {@code target/classes/ontology-docs/index.html}, so the page ships on the classpath at
 * {@link #RESOURCE}; {@link #render(Model)} produces it on demand.
 */
public final class OntologyDocs {
    /** Where the generated page is on the classpath. */
    public static final String RESOURCE = "ontology-docs/index.html";
    private static final String TEMPLATE = "org/regkg/docs/ontology.mustache";

    private OntologyDocs() {
    }

    /** The documentation page of an ontology model (schema and concept scheme). */
    public static String render(Model ontology) {
        OntologyView terms = new OntologyView(ontology);
        ConceptView concepts = new ConceptView(ontology, terms);
        Map<String, Object> scope = new HashMap<>();
        scope.put("title", terms.header(DCTerms.title));
        scope.put("description", terms.header(DCTerms.description));
        scope.put("iri", RK.ONTOLOGY);
        scope.put("namespace", RK.NS);
        scope.put("conceptNamespace", org.regkg.rdf.RKC.NS);
        scope.put("version", terms.header(OWL.versionInfo));
        scope.put("versionIri", terms.versionIri());
        scope.put("license", terms.license());
        scope.put("creator", terms.header(DCTerms.creator));
        scope.put("classes", terms.terms(OWL.Class));
        scope.put("objectProperties", terms.terms(OWL.ObjectProperty));
        scope.put("datatypeProperties", terms.terms(OWL.DatatypeProperty));
        scope.put("annotationProperties", terms.terms(OWL.AnnotationProperty));
        scope.put("individuals", terms.terms(OWL.NamedIndividual));
        List<ConceptView.Concept> all = concepts.concepts();
        scope.put("tree", concepts.tree());
        scope.put("concepts", all);
        scope.put("conceptCount", all.size());
        scope.put("regularizationCount", concepts.regularizationCount());
        Mustache template = new DefaultMustacheFactory().compile(TEMPLATE);
        StringWriter out = new StringWriter();
        template.execute(out, List.of(scope));
        return out.toString();
    }

    /** Writes {@code index.html} for the shipped ontology into {@code dir}. */
    public static Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Path page = dir.resolve("index.html");
            Files.writeString(page, render(Ontology.load()), StandardCharsets.UTF_8);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ontology documentation to " + dir, e);
        }
    }

    /** Build step: {@code OntologyDocs OUTPUT_DIR}. */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: OntologyDocs OUTPUT_DIR");
        }
        write(Path.of(args[0]));
    }
}
