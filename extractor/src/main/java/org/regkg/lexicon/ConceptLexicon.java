package org.regkg.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.regkg.rdf.QueryLib;

/** The concepts of the ontology with their labels, read once from the ontology graph. */
public final class ConceptLexicon {
    private final List<ConceptLabels> concepts;

    private ConceptLexicon(List<ConceptLabels> concepts) {
        this.concepts = List.copyOf(concepts);
    }

    public static ConceptLexicon fromOntology() {
        return from(Ontology.load());
    }

    /** Reads every {@code rk:Concept}/{@code skos:Concept} with its pref, alt and hidden labels. */
    public static ConceptLexicon from(Model ontology) {
        List<ConceptLabels> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(ontology).query(QueryLib.read("lexicon/concept-labels.rq")).build()) {
            ResultSet rs = qe.execSelect();
            String current = null;
            String pref = null;
            List<String> labels = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String iri = row.getResource("concept").getURI();
                if (!iri.equals(current)) {
                    if (current != null) {
                        out.add(make(current, pref, labels));
                    }
                    current = iri;
                    pref = row.getLiteral("pref").getLexicalForm();
                    labels = new ArrayList<>();
                }
                String label = row.getLiteral("label").getLexicalForm();
                if (!labels.contains(label)) {
                    labels.add(label);
                }
            }
            if (current != null) {
                out.add(make(current, pref, labels));
            }
        }
        return new ConceptLexicon(out);
    }

    private static ConceptLabels make(String iri, String pref, List<String> labels) {
        String slug = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return new ConceptLabels(iri, slug, pref, labels);
    }

    public List<ConceptLabels> concepts() {
        return concepts;
    }
}
