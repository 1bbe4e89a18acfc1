package org.regkg.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.regkg.rdf.QueryLib;

/**
 * The per-paper JSON Lines export of {@code shared/eval/FORMAT.md}, read from the store with the
 * queries {@code export-papers.rq}, {@code export-entities.rq} and {@code export-results.rq}.
 */
public final class JsonlExporter {
    private final ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final Dataset dataset;
    private final double minConfidence;

    public JsonlExporter(Dataset dataset, double minConfidence) {
        this.dataset = dataset;
        this.minConfidence = minConfidence;
    }

    /** Writes one line per paper; returns the number of lines. */
    public long write(OutputStream out) {
        return Txn.calculateRead(dataset, () -> {
            Map<String, ObjectNode> papers = papers();
            entities(papers);
            results(papers);
            try {
                for (ObjectNode p : papers.values()) {
                    out.write(mapper.writeValueAsBytes(p));
                    out.write('\n');
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return (long) papers.size();
        });
    }

    private Map<String, ObjectNode> papers() {
        Map<String, ObjectNode> papers = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(QueryLib.read("export-papers.rq")).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String iri = row.getResource("paper").getURI();
                ObjectNode p = mapper.createObjectNode();
                p.put("id", row.getLiteral("id").getLexicalForm());
                p.put("iri", iri);
                p.put("title", row.getLiteral("title").getLexicalForm());
                p.putArray("methods");
                p.putArray("techniques");
                p.putArray("datasets");
                p.putArray("results");
                papers.putIfAbsent(iri, p);
            }
        }
        return papers;
    }

    private QueryExecution exec(String query) {
        return QueryExecution.dataset(dataset).query(QueryLib.read(query))
                .substitution("minConfidence", ResourceFactory.createTypedLiteral(BigDecimal.valueOf(minConfidence)))
                .build();
    }

    private void entities(Map<String, ObjectNode> papers) {
        try (QueryExecution qe = exec("export-entities.rq")) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                ObjectNode paper = papers.get(row.getResource("paper").getURI());
                if (paper == null) {
                    continue;
                }
                String kind = row.getLiteral("kind").getLexicalForm();
                ObjectNode e = ((ArrayNode) paper.get(kind + "s")).addObject();
                e.put("label", row.getLiteral("label").getLexicalForm());
                e.put("iri", row.getResource("entity").getURI());
                if (kind.equals("technique")) {
                    RDFNode concept = row.get("concept");
                    e.put("concept", concept == null ? null : concept.asResource().getURI());
                    e.put("regularization", row.getLiteral("regularization").getBoolean());
                }
                e.put("confidence", row.getLiteral("confidence").getDouble());
            }
        }
    }

    private void results(Map<String, ObjectNode> papers) {
        try (QueryExecution qe = exec("export-results.rq")) {
            ResultSet rs = qe.execSelect();
            Map<String, ObjectNode> results = new LinkedHashMap<>();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                ObjectNode paper = papers.get(row.getResource("paper").getURI());
                if (paper == null) {
                    continue;
                }
                String iri = row.getResource("result").getURI();
                ObjectNode r = results.computeIfAbsent(iri, k -> {
                    ObjectNode o = ((ArrayNode) paper.get("results")).addObject();
                    o.put("claim", row.getLiteral("claim").getLexicalForm());
                    o.put("iri", k);
                    o.put("confidence", row.getLiteral("confidence").getDouble());
                    o.putArray("values");
                    return o;
                });
                if (row.contains("quantity")) {
                    ObjectNode v = ((ArrayNode) r.get("values")).addObject();
                    v.put("value", row.getLiteral("valueText").getLexicalForm());
                    v.put("number", row.getLiteral("value").getLexicalForm());
                    v.put("unit", text(row, "unit"));
                    v.put("metric", text(row, "metric"));
                    v.put("dataset", text(row, "dataset"));
                    v.put("direction", text(row, "direction"));
                }
            }
        }
    }

    private static String text(QuerySolution row, String var) {
        Literal l = row.contains(var) ? row.getLiteral(var) : null;
        return l == null ? null : l.getLexicalForm();
    }
}
