package org.regkg.validate;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;

/**
 * Validates one paper at a time: the paper's own graph, read together with the graphs it
 * refers to (the ontology, the extraction activity, and what the store already says about the
 * shared techniques and datasets it uses), against the RegKG shapes. Shapes whose targets are
 * the ontology's own resources (the concepts) are checked once, against the ontology, by
 * {@link #checkOntology()}, not again for every paper. Thread-safe: extraction workers call it.
 */
public final class PaperValidator {
    private final Shapes paperShapes;
    private final Shapes allShapes;
    private final ShapeNames names;
    private final Graph ontology;

    /**
     * @param shapesGraph the SHACL shapes ({@code ontology/shapes.ttl})
     * @param ontology    the ontology graph, read with every paper
     */
    public PaperValidator(Model shapesGraph, Graph ontology) {
        this.ontology = ontology;
        this.allShapes = Shapes.parse(shapesGraph);
        this.paperShapes = Shapes.parse(withoutOntologyTargets(shapesGraph, ontology));
        this.names = new ShapeNames(allShapes);
    }

    /** A copy of the shapes in which no shape targets a class the ontology itself has instances of. */
    private static Graph withoutOntologyTargets(Model shapesGraph, Graph ontology) {
        Model copy = ModelFactory.createDefaultModel().add(shapesGraph);
        copy.listStatements(null, copy.createProperty(SHACL.targetClass.getURI()), (org.apache.jena.rdf.model.RDFNode) null)
                .toList().stream()
                .filter(st -> ontology.contains(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), st.getObject().asNode()))
                .forEach(copy::remove);
        return copy.getGraph();
    }

    /** Checks the ontology against the shapes that target its concepts; empty when it conforms. */
    public Optional<String> checkOntology() {
        return firstViolation(ShaclValidator.get().validate(allShapes, ontology));
    }

    /**
     * The first violation of the paper's graph, read with {@code context} (graphs the paper's
     * quads point into: the extraction activity, shared entities' existing triples), or empty.
     */
    public Optional<String> firstViolation(Graph paper, Graph... context) {
        MultiUnion data = new MultiUnion();
        data.addGraph(paper);
        for (Graph g : context) {
            data.addGraph(g);
        }
        data.addGraph(ontology);
        return firstViolation(ShaclValidator.get().validate(paperShapes, data));
    }

    private Optional<String> firstViolation(ValidationReport report) {
        if (report.conforms()) {
            return Optional.empty();
        }
        ReportEntry e = report.getEntries().iterator().next();
        StringBuilder sb = new StringBuilder();
        sb.append(names.name(e.source())).append(" at ").append(names.shorten(e.focusNode()));
        if (e.resultPath() != null) {
            sb.append(" (").append(names.path(e.resultPath())).append(')');
        }
        sb.append(": ").append(e.message());
        int more = report.getEntries().size() - 1;
        if (more > 0) {
            sb.append(" (and ").append(more).append(more == 1 ? " more result)" : " more results)");
        }
        return Optional.of(sb.toString());
    }
}
