package org.regkg.lexicon;

import java.util.List;

/**
 * A concept of the ontology with the labels text may name it by.
 *
 * @param iri       the concept's IRI
 * @param slug      the last segment of the IRI, used as the technique key
 * @param prefLabel its preferred label
 * @param labels    every label (preferred, alternative, hidden)
 */
public record ConceptLabels(String iri, String slug, String prefLabel, List<String> labels) {
    public ConceptLabels {
        labels = List.copyOf(labels);
    }
}
