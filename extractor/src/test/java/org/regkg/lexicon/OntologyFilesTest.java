package org.regkg.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regkg.rdf.RK;

/** Every Turtle file of {@code ontology/} parses, and the schema describes each of its terms. */
class OntologyFilesTest {
    static final Path FOLDER = Path.of(System.getProperty("regkg.root", "..")).resolve("ontology");

    static Stream<Path> turtleFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList().stream();
        }
    }

    @Test
    void theFolderHoldsSchemaConceptsAndShapes() throws IOException {
        assertThat(turtleFiles().map(f -> f.getFileName().toString()))
                .contains("regkg.ttl", "concepts.ttl", "shapes.ttl");
    }

    @ParameterizedTest
    @MethodSource("turtleFiles")
    void parses(Path file) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(file).strict(true).parse(m);
        assertThat(m.size()).isPositive();
    }

    @Test
    void theClasspathCopyIsWhatTheBuildLoads() {
        Model m = Ontology.load();
        assertThat(m.contains(m.createResource(RK.ONTOLOGY), RDF.type, OWL.Ontology)).isTrue();
        assertThat(Ontology.shapes().size()).isPositive();
    }

    @Test
    void theOntologyHasVersionLicenceAndCreator() {
        Model m = Ontology.load();
        Resource ont = m.createResource(RK.ONTOLOGY);
        assertThat(ont.hasProperty(OWL.versionIRI)).isTrue();
        assertThat(ont.hasProperty(org.apache.jena.vocabulary.DCTerms.license)).isTrue();
        assertThat(ont.hasProperty(org.apache.jena.vocabulary.DCTerms.creator)).isTrue();
    }

    @Test
    void everySchemaTermHasALabelAndADefinition() {
        Model m = Ontology.load();
        List<String> missing = new ArrayList<>();
        m.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(RK.NS)
                    && (!s.hasProperty(RDFS.label) || !s.hasProperty(SKOS.definition))) {
                missing.add(s.getURI());
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyObjectPropertyHasARange() {
        Model m = Ontology.load();
        List<String> missing = new ArrayList<>();
        m.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).forEachRemaining(p -> {
            if (!p.hasProperty(RDFS.range)) {
                missing.add(p.getURI());
            }
        });
        assertThat(missing).isEmpty();
    }
}
