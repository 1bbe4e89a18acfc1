package org.regkg.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.regkg.rdf.RK;

/**
 * The OWL part is consistent under Jena's OWL Mini reasoner: the validity report is clean and no
 * named class is unsatisfiable (equivalent to, or a subclass of, owl:Nothing). The reasoner also
 * catches data that breaks the schema, such as a resource that is both a method and a technique.
 */
class OwlConsistencyTest {

    static InfModel reason(Model m) {
        return ModelFactory.createInfModel(ReasonerRegistry.getOWLMiniReasoner(), m);
    }

    static String describe(ValidityReport report) {
        List<String> lines = new ArrayList<>();
        report.getReports().forEachRemaining(r -> lines.add(r.toString()));
        return String.join("\n", lines);
    }

    @Test
    void theOntologyIsConsistent() {
        InfModel inf = reason(Ontology.load());
        ValidityReport report = inf.validate();
        assertThat(report.isValid()).as(describe(report)).isTrue();
        assertThat(report.isClean()).as(describe(report)).isTrue();
    }

    @Test
    void noNamedClassIsUnsatisfiable() {
        Model ontology = Ontology.load();
        InfModel inf = reason(ontology);
        List<Resource> classes = ontology.listSubjectsWithProperty(RDF.type, OWL.Class).toList();
        assertThat(classes).hasSizeGreaterThanOrEqualTo(10);
        List<String> unsatisfiable = new ArrayList<>();
        for (Resource c : classes) {
            if (c.isURIResource() && (inf.contains(c, OWL.equivalentClass, OWL.Nothing) || inf.contains(c, RDFS.subClassOf, OWL.Nothing))) {
                unsatisfiable.add(c.getURI());
            }
        }
        assertThat(unsatisfiable).isEmpty();
    }

    @Test
    void theReasonerCatchesAMethodThatIsAlsoATechnique() {
        Model m = Ontology.load();
        Resource x = m.createResource("http://example.org/kg/thing");
        m.add(x, RDF.type, RK.Method).add(x, RDF.type, RK.Technique);
        assertThat(reason(m).validate().isValid()).isFalse();
    }

    @Test
    void aDirectionOutsideTheClosedListIsNotAKnownDirection() {
        Model ontology = Ontology.load();
        InfModel inf = reason(ontology);
        Resource direction = inf.createResource(RK.NS + "Direction");
        assertThat(inf.contains(RK.increase, RDF.type, direction)).isTrue();
        assertThat(inf.contains(inf.createResource(RK.NS + "sideways"), RDF.type, direction)).isFalse();
    }
}
