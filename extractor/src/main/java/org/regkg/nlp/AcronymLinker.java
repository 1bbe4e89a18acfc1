package org.regkg.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regkg.facts.EntityKind;

/**
 * Ties a paper's acronym definitions to its candidates: the short and long form of a definition
 * are one thing of one kind (taken from whichever form was found), a definition nothing found yet
 * is part of the method whose name holds its words, if there is one, and every later stand-alone
 * use of the short form is a mention of the same thing. A definition alone is no technique: it
 * says a term has an abbreviation ("electroencephalography (EEG)", "information structure (IS)"),
 * not that the term names a technique (cross-validated: techniques 0.669 -> 0.672, TDMSci datasets
 * 0.664 -> 0.673, docs/quality.md).
 */
final class AcronymLinker {

    /** One definition in its sentence. */
    record Use(Sentence sentence, Acronyms.Definition definition) {
    }

    private final List<Use> uses;
    private final List<Sentence> sentences;
    private final EntityMerger merger;

    AcronymLinker(List<Use> uses, List<Sentence> sentences, EntityMerger merger) {
        this.uses = uses;
        this.sentences = sentences;
        this.merger = merger;
    }

    void apply(CandidateIndex index) {
        for (Use a : uses) {
            Acronyms.Definition d = a.definition();
            Sentence s = a.sentence();
            Candidate longForm = null;
            for (Candidate c : index.all()) {
                // the candidate must span the expansion, give or take one leading word: a concept
                // label at the end only ("Decoder-Only random [Hypernetworks] (D'OH)") is its head
                if (c.sentence() == s && c.start() <= d.longEnd() - 1 && c.end() >= d.longEnd() - 1
                        && c.end() <= d.longEnd() && c.start() <= d.longStart() + 1) {
                    longForm = c;
                }
            }
            Candidate shortForm = index.at(s, d.shortStart(), d.shortEnd());
            if (longForm == null && shortForm == null) {
                Candidate named = methodNaming(index, s.span(d.longStart(), d.longEnd()), expandedElsewhere(d));
                if (named == null) {
                    continue;
                }
                longForm = new Candidate(EntityKind.METHOD, s, d.longStart(), d.longEnd(), MentionCollector.ACRONYM_RULE,
                        named.confidence(), null);
                index.add(longForm);
                merger.link(EntityMerger.keyOf(longForm), EntityMerger.keyOf(named));
            }
            EntityKind kind = longForm != null ? longForm.kind() : shortForm.kind();
            Candidate anchor = longForm != null ? longForm : shortForm;
            if (shortForm == null) {
                shortForm = new Candidate(kind, s, d.shortStart(), d.shortEnd(), MentionCollector.ACRONYM_RULE,
                        anchor.confidence(), anchor.exactConcept() ? anchor.concept() : null);
                index.removeOverlapping(shortForm);
                index.add(shortForm);
            } else if (longForm == null) {
                longForm = new Candidate(kind, s, d.longStart(), d.longEnd(), MentionCollector.ACRONYM_RULE,
                        anchor.confidence(), anchor.exactConcept() ? anchor.concept() : null);
                index.removeOverlapping(longForm);
                index.add(longForm);
            }
            merger.link(EntityMerger.keyOf(shortForm), EntityMerger.keyOf(longForm));
            addLaterUses(index, shortForm);
        }
    }

    /** The long forms, in lower case, of the paper's other acronym definitions. */
    private Set<String> expandedElsewhere(Acronyms.Definition d) {
        Set<String> out = new HashSet<>();
        for (Use a : uses) {
            if (a.definition() != d) {
                Acronyms.Definition o = a.definition();
                out.add(a.sentence().span(o.longStart(), o.longEnd()).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The method whose name holds every word of {@code longForm} ("Hard Patches Mining" in a title), if any. */
    private static Candidate methodNaming(CandidateIndex index, String longForm, Set<String> expanded) {
        List<String> words = WordKeys.split(longForm.toLowerCase(Locale.ROOT));
        for (Candidate m : index.of(EntityKind.METHOD)) {
            if (expanded.contains(m.text().toLowerCase(Locale.ROOT))) {
                continue; // a method with an acronym of its own: a shorter acronym names a part of it
            }
            List<String> mw = WordKeys.split(m.text().toLowerCase(Locale.ROOT));
            if (words.size() >= 2 && mw.containsAll(words)) {
                return m;
            }
        }
        return null;
    }

    /** Every other stand-alone use of an acronym is a mention of the same thing. */
    private void addLaterUses(CandidateIndex index, Candidate shortForm) {
        String sf = shortForm.text();
        for (Sentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                String w = s.word(i);
                if (!(w.equals(sf) || w.equals(sf + "s")) || (s == shortForm.sentence() && i == shortForm.start())) {
                    continue;
                }
                Candidate c = new Candidate(shortForm.kind(), s, i, i + 1, shortForm.rule(), shortForm.confidence(), shortForm.concept());
                if (index.at(s, i, i + 1) == null && index.all().stream().noneMatch(o -> o.overlaps(c))) {
                    index.add(c);
                    merger.link(EntityMerger.keyOf(c), EntityMerger.keyOf(shortForm));
                }
            }
        }
    }
}
