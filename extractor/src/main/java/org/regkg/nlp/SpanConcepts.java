package org.regkg.nlp;

import java.util.List;
import org.regkg.facts.EntityKind;
import org.regkg.lexicon.ConceptLabels;
import org.regkg.lexicon.ConceptLexicon;

/**
 * Turns a span of the mention model into a candidate tied to its concept: a technique is tied to
 * the concept whose label it is, or else to the concept whose label ends it ("adaptive
 * [regularization]"), or else to the concept of the longest label inside it ("[dropout] training";
 * cross-validated: regularization techniques 0.666 to 0.683, docs/quality.md), or else to the
 * concept of its last word's head noun ("mutual-information [penalty]", {@code rk:headNoun},
 * {@link ConceptLexicon#byHeadNoun}). A method or dataset is tied only to a concept whose label it is.
 */
final class SpanConcepts {
    private final ConceptLexicon lexicon;

    SpanConcepts(ConceptLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The candidate of {@code span}, given the sentence's ontology label matches. */
    Candidate candidate(Sentence s, MentionTagger.Span span, List<Gazetteer.Match> concepts) {
        for (Gazetteer.Match m : concepts) {
            if (m.start() == span.start() && m.end() == span.end()) {
                return candidate(s, span, m.concept(), true);
            }
        }
        if (span.kind() != EntityKind.TECHNIQUE) {
            return candidate(s, span, null, false);
        }
        for (Gazetteer.Match m : concepts) {
            if (m.end() == span.end() && m.start() >= span.start()) {
                return candidate(s, span, m.concept(), false);
            }
        }
        Gazetteer.Match inside = null;
        for (Gazetteer.Match m : concepts) {
            if (m.start() >= span.start() && m.end() <= span.end()
                    && (inside == null || m.end() - m.start() >= inside.end() - inside.start())) {
                inside = m;
            }
        }
        if (inside != null) {
            return candidate(s, span, inside.concept(), false);
        }
        return candidate(s, span, byHeadNoun(s, span.start(), span.end()), false);
    }

    /**
     * The concept of the head noun that ends tokens {@code [start, end)} of two words or more
     * ("mutual-information [penalty]"), or null.
     */
    ConceptLabels byHeadNoun(Sentence s, int start, int end) {
        return end - start >= 2 ? lexicon.byHeadNoun(s.lemma(end - 1)) : null;
    }

    private static Candidate candidate(Sentence s, MentionTagger.Span span, ConceptLabels concept, boolean exact) {
        return new Candidate(span.kind(), s, span.start(), span.end(), PaperExtractor.MODEL_RULE,
                PaperExtractor.MODEL_CONFIDENCE, concept, exact);
    }
}
