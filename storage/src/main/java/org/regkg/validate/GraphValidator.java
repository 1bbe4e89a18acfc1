package org.regkg.validate;

import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.regkg.lexicon.Ontology;
import org.regkg.store.StoreException;

/**
 * Checks a RegKG graph against the SHACL shapes of {@code ontology/shapes.ttl}. A store is
 * validated as the union of its named graphs (facts and ontology), copied into memory first:
 * the shapes' SPARQL constraints then run against an in-memory graph, which is many times faster
 * than running them against TDB2 node by node.
 */
public final class GraphValidator {
    /** How many results the refusal of a build lists before it only counts. */
    private static final int BUILD_REPORT_LIMIT = 20;

    private final Shapes shapes;
    private final ShapeNames names;

    private GraphValidator(Shapes shapes) {
        this.shapes = shapes;
        this.names = new ShapeNames(shapes);
    }

    /** A validator for the shapes shipped with RegKG. */
    public static GraphValidator standard() {
        return of(Ontology.shapes());
    }

    /** A validator for the given shapes graph. */
    public static GraphValidator of(Model shapesGraph) {
        return new GraphValidator(Shapes.parse(shapesGraph));
    }

    /** Validates a graph as it is. */
    public ValidationOutcome validate(Graph data) {
        long started = System.nanoTime();
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return new ValidationOutcome(report, names, data.size(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** Validates the union of a dataset's named graphs (in a read transaction when the dataset has them). */
    public ValidationOutcome validate(DatasetGraph dataset) {
        long started = System.nanoTime();
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> dataset.getUnionGraph().find().forEachRemaining(copy::add));
        ValidationReport report = ShaclValidator.get().validate(shapes, copy);
        return new ValidationOutcome(report, names, copy.size(), Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The check a build runs on its new store before swapping it in: throws when the store does
     * not conform, with the first results in the message, so the build fails and the old store stays.
     */
    public void requireConforms(DatasetGraph staged) {
        ValidationOutcome outcome = validate(staged);
        if (!outcome.conforms()) {
            throw new StoreException("the new store does not conform to the shapes of ontology/shapes.ttl, "
                    + "so it was not swapped in (the old store is kept):\n"
                    + ReportPrinter.print(outcome, BUILD_REPORT_LIMIT).stripTrailing());
        }
    }
}
