package org.regkg.export;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

/** Dumps the store as Turtle, N-Quads or JSON-LD through Jena's RDF writers. */
public final class RdfExporter {
    /** The RDF formats {@code export} writes. */
    public enum Format {
        TTL(RDFFormat.TURTLE_BLOCKS, false),
        NQ(RDFFormat.NQUADS, true),
        TRIG(RDFFormat.TRIG_BLOCKS, true),
        JSONLD(RDFFormat.JSONLD11, false);

        private final RDFFormat rdfFormat;
        private final boolean quads;

        Format(RDFFormat rdfFormat, boolean quads) {
            this.rdfFormat = rdfFormat;
            this.quads = quads;
        }

        public Lang lang() {
            return rdfFormat.getLang();
        }

        public static Format parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    private final Dataset dataset;

    public RdfExporter(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * Writes the store: quad formats keep the facts and ontology graphs apart, triple formats
     * write their union.
     */
    public void write(OutputStream out, Format format) {
        Txn.executeRead(dataset, () -> {
            if (format.quads) {
                RDFDataMgr.write(out, dataset.asDatasetGraph(), format.rdfFormat);
            } else {
                RDFDataMgr.write(out, dataset.getUnionModel().getGraph(), format.rdfFormat);
            }
        });
    }
}
