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
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates one paper at a time: the paper's own graph, read together with the graphs it
 * refers to (the ontology, the extraction activity, and what the store already says about the
 * shared techniques and datasets it uses), against the RegKG shapes. Shapes whose targets are
 * the ontology's own resources (the concepts) are checked once, against the ontology, by
 * {@link #checkOntology()}, not again for every paper. Thread-safe: extraction workers call it.
 *
 * <p>A paper is first checked by a short cut: the core constraints by SHACL, the {@code sh:sparql}
 * constraints each as one query over the whole paper ({@link SparqlConstraintCheck}) instead of
 * one re-compiled query per focus node. Only a paper the short cut cannot clear gets the full SHACL
 * validation, which gives the verdict and the first violation.
 */
public final class PaperValidator {
    private final Shapes paperShapes;
    /** The paper shapes without their {@code sh:sparql} constraints, which {@link #sparql} checks instead. */
    private final Shapes coreShapes;
    /** Null when a SPARQL constraint cannot be pre-checked: then every paper gets the full validation. */
    private final SparqlConstraintCheck sparql;
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
        Graph paperShapesGraph = withoutOntologyTargets(shapesGraph, ontology);
        this.paperShapes = Shapes.parse(paperShapesGraph);
        this.sparql = SparqlConstraintCheck.of(paperShapes).orElse(null);
        this.coreShapes = sparql == null ? paperShapes : Shapes.parse(withoutSparql(paperShapesGraph));
        this.names = new ShapeNames(allShapes);
    }

    /** A copy of the shapes graph whose shapes have no {@code sh:sparql} constraints. */
    private static Graph withoutSparql(Graph shapesGraph) {
        Graph copy = GraphFactory.createDefaultGraph();
        shapesGraph.find().filterDrop(t -> t.getPredicate().equals(SHACL.sparql)).forEachRemaining(copy::add);
        return copy;
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
        Graph data = union(paper, context);
        if (sparql != null && ShaclValidator.get().conforms(coreShapes, data) && sparql.noneCanFail(data)) {
            return Optional.empty();
        }
        return firstViolation(ShaclValidator.get().validate(paperShapes, data));
    }

    /** As {@link #firstViolation(Graph, Graph...)}, always by a full SHACL validation (the reference, for tests). */
    Optional<String> firstViolationByShacl(Graph paper, Graph... context) {
        return firstViolation(ShaclValidator.get().validate(paperShapes, union(paper, context)));
    }

    /** Whether papers are checked by the short cut (SPARQL constraints run once per paper) before any full validation. */
    boolean takesShortCut() {
        return sparql != null;
    }

    private Graph union(Graph paper, Graph... context) {
        MultiUnion data = new MultiUnion();
        data.addGraph(paper);
        for (Graph g : context) {
            data.addGraph(g);
        }
        data.addGraph(ontology);
        return data;
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
