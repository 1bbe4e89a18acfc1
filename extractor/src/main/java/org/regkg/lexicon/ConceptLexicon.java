package org.regkg.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.regkg.rdf.QueryLib;

/** The concepts of the ontology with their labels, read once from the ontology graph. */
public final class ConceptLexicon {
    private final List<ConceptLabels> concepts;
    private final Map<String, ConceptLabels> headNouns;

    private ConceptLexicon(List<ConceptLabels> concepts, Map<String, ConceptLabels> headNouns) {
        this.concepts = List.copyOf(concepts);
        this.headNouns = Map.copyOf(headNouns);
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
        return new ConceptLexicon(out, headNouns(ontology, out));
    }

    /** The concept of each head noun ({@code rk:headNoun}); a noun given to two concepts is an error. */
    private static Map<String, ConceptLabels> headNouns(Model ontology, List<ConceptLabels> concepts) {
        Map<String, ConceptLabels> byIri = new HashMap<>();
        concepts.forEach(c -> byIri.put(c.iri(), c));
        Map<String, ConceptLabels> out = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.model(ontology).query(QueryLib.read("lexicon/concept-head-nouns.rq")).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                String noun = row.getLiteral("noun").getLexicalForm().toLowerCase(Locale.ROOT);
                ConceptLabels concept = byIri.get(row.getResource("concept").getURI());
                if (concept == null) {
                    continue; // not a concept of the lexicon (no preferred label): nothing to tie to
                }
                ConceptLabels before = out.putIfAbsent(noun, concept);
                if (before != null && !before.iri().equals(concept.iri())) {
                    throw new IllegalStateException("the head noun \"" + noun + "\" belongs to two concepts: "
                            + before.iri() + " and " + concept.iri());
                }
            }
        }
        return out;
    }

    /**
     * The concept a technique name ending in the noun with lemma {@code lemma} is an instance of
     * ("penalty" in "mutual-information penalty"), or null.
     */
    public ConceptLabels byHeadNoun(String lemma) {
        return lemma == null ? null : headNouns.get(lemma.toLowerCase(Locale.ROOT));
    }

    private static ConceptLabels make(String iri, String pref, List<String> labels) {
        String slug = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return new ConceptLabels(iri, slug, pref, labels);
    }

    public List<ConceptLabels> concepts() {
        return concepts;
    }
}
