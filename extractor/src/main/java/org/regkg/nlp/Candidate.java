package org.regkg.nlp;

import org.regkg.facts.EntityKind;
import org.regkg.facts.Mention;
import org.regkg.lexicon.ConceptLabels;

/** A mention the gazetteer or a rule found, before mentions are merged into facts. */
record Candidate(EntityKind kind, Sentence sentence, int start, int end, String rule, double confidence,
                 ConceptLabels concept, boolean exactConcept) {

    /** A candidate whose concept is exact when the gazetteer or an acronym's expansion found it. */
    Candidate(EntityKind kind, Sentence sentence, int start, int end, String rule, double confidence, ConceptLabels concept) {
        this(kind, sentence, start, end, rule, confidence, concept, concept != null
                && (rule.equals(PaperExtractor.GAZETTEER_RULE) || rule.equals(MentionCollector.ACRONYM_RULE)));
    }

    Candidate withKind(EntityKind k) {
        return new Candidate(k, sentence, start, end, rule, confidence, concept, exactConcept);
    }

    String text() {
        return sentence.span(start, end);
    }

    Mention mention() {
        return new Mention(text(), sentence.evidence(start, end, rule, confidence));
    }

    boolean overlaps(Candidate o) {
        return sentence == o.sentence && start < o.end && o.start < end;
    }

    boolean covers(Candidate o) {
        return sentence == o.sentence && start <= o.start && o.end <= end;
    }
}
