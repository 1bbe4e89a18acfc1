package org.regkg.train;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.regkg.eval.Predictions;
import org.regkg.export.JsonlExporter;
import org.regkg.facts.PaperFacts;
import org.regkg.rdf.FactsToRdf;
import org.regkg.rdf.IriMinter;

/**
 * The predictions a build would export for some papers' facts, without a store: the facts are
 * written as RDF into an in-memory dataset together with the ontology and read back through the
 * JSON Lines export, the same queries {@code regkg export} runs.
 */
final class FactsPredictions {
    private static final String BASE = "http://localhost:3030/";

    private FactsPredictions() {
    }

    static Predictions of(List<PaperFacts> facts, Model ontology) {
        return Predictions.read(new ByteArrayInputStream(jsonl(facts, ontology)), "cross-validation");
    }

    /** The JSON Lines export ({@code regkg export --format jsonl}) of these papers' facts. */
    static byte[] jsonl(List<PaperFacts> facts, Model ontology) {
        Dataset ds = DatasetFactory.createTxnMem();
        DatasetGraph dsg = ds.asDatasetGraph();
        Txn.executeWrite(ds, () -> {
            StreamRDF toDefault = new StreamRDFWrapper(StreamRDFLib.dataset(dsg)) {
                @Override
                public void quad(Quad q) {
                    triple(q.asTriple());
                }
            };
            ontology.getGraph().find().forEachRemaining(toDefault::triple);
            FactsToRdf rdf = new FactsToRdf(new IriMinter(BASE), toDefault, "cv");
            facts.forEach(rdf::write);
        });
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        new JsonlExporter(ds, 0).write(lines);
        return lines.toByteArray();
    }
}
