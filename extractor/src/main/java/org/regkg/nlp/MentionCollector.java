package org.regkg.nlp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.regkg.facts.EntityFact;
import org.regkg.facts.EntityKind;

/**
 * Collects the candidate mentions of one paper and settles conflicts between them: a proposed
 * method beats a technique on the same words, a known concept beats a dataset guess, and an
 * acronym takes the kind of its expansion.
 */
final class MentionCollector {
    static final String CLAIM_KIND = "CLAIM";
    /** Rules of this kind veto a claim: the sentence is an availability note or the like, never a result. */
    static final String NOT_CLAIM_KIND = "NOT_CLAIM";
    static final String ACRONYM_RULE = "acronym-definition";
    static final double ACRONYM_TECHNIQUE_CONFIDENCE = 0.5;
    /** The dataset rule that marks a name with its split ("NIST05 test set"). */
    static final String DATASET_SPLIT_RULE = "dataset-split";

    private static final Set<String> LIST_SEPARATORS = Set.of(",", "and", "or", "&", ";", "as", "well");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> MEASURE_UNITS = Set.of("%", "percent", "points", "point", "pp", "x", "times");

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final Map<Sentence, List<RuleSet.Hit>> claimHits = new java.util.IdentityHashMap<>();
    private final Set<Sentence> notClaims = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final List<AcronymUse> acronyms = new ArrayList<>();
    private final EntityMerger merger = new EntityMerger();
    private final Map<EntityKind, List<Candidate>> resolved = new EnumMap<>(EntityKind.class);
    private final Set<String> fallbackRules = new java.util.HashSet<>();
    private final Set<String> coiningRules = new java.util.HashSet<>();
    private final UmbrellaTerms umbrellaTerms;

    MentionCollector(UmbrellaTerms umbrellaTerms) {
        this.umbrellaTerms = umbrellaTerms;
    }

    private record AcronymUse(Sentence sentence, Acronyms.Definition definition) {
    }

    void add(Candidate c) {
        note(c.sentence());
        candidates.add(c);
    }

    /** Remembers every sentence of the paper, by identity, in text order. */
    void note(Sentence s) {
        if (sentences.stream().noneMatch(x -> x == s)) {
            sentences.add(s);
        }
    }

    void addRuleHit(Sentence s, RuleSet.Hit h) {
        note(s);
        String kind = h.rule().kind().toUpperCase(Locale.ROOT);
        if (kind.equals(CLAIM_KIND)) {
            claimHits.computeIfAbsent(s, k -> new ArrayList<>()).add(h);
            return;
        }
        if (kind.equals(NOT_CLAIM_KIND)) {
            notClaims.add(s);
            return;
        }
        EntityKind k = EntityKind.valueOf(kind);
        if (h.rule().fallback()) {
            fallbackRules.add(h.rule().id());
        }
        if (h.rule().coins()) {
            coiningRules.add(h.rule().id());
        }
        if (k == EntityKind.DATASET) {
            addListItems(s, h);
            return;
        }
        Candidate c = new Candidate(k, s, h.start(), h.end(), h.rule().id(), h.rule().confidence(), null);
        if (k == EntityKind.TECHNIQUE) {
            c = new Candidate(k, s, h.start(), h.end(), h.rule().id(), h.rule().confidence(), headConcept(c));
        }
        candidates.add(c);
    }

    /** A dataset rule may mark a list ("CIFAR-10, CIFAR-100 and SVHN"): each item is a dataset. */
    private void addListItems(Sentence s, RuleSet.Hit h) {
        int start = h.start();
        for (int i = h.start(); i <= h.end(); i++) {
            boolean separator = i == h.end() || LIST_SEPARATORS.contains(s.word(i).toLowerCase(Locale.ROOT));
            if (!separator) {
                continue;
            }
            while (start < i && DETERMINERS.contains(s.word(start).toLowerCase(Locale.ROOT))) {
                start++;
            }
            int end = withoutMeasuredNumber(s, start, i);
            if (start < end) {
                candidates.add(new Candidate(EntityKind.DATASET, s, start, end, h.rule().id(), h.rule().confidence(), null));
            }
            start = i + 1;
        }
    }

    /** Drops a release number that ends a name when it is really a measurement ("on ImageNet 1.5 %"). */
    private static int withoutMeasuredNumber(Sentence s, int start, int end) {
        boolean numberLast = end - start > 1 && s.word(end - 1).matches("[0-9][0-9.]*");
        boolean measured = end < s.size() && MEASURE_UNITS.contains(s.word(end).toLowerCase(Locale.ROOT));
        return numberLast && measured ? end - 1 : end;
    }

    /** The concept of the gazetteer match that ends where a rule's phrase ends, if any. */
    private org.regkg.lexicon.ConceptLabels headConcept(Candidate ruleHit) {
        for (Candidate g : candidates) {
            if (g.rule().equals(PaperExtractor.GAZETTEER_RULE) && ruleHit.covers(g) && g.end() == ruleHit.end()) {
                return g.concept();
            }
        }
        return null;
    }

    void addAcronym(Sentence s, Acronyms.Definition d) {
        acronyms.add(new AcronymUse(s, d));
    }

    /** The sentences a claim rule fired on and no veto rule did. */
    Map<Sentence, List<RuleSet.Hit>> claimSentences() {
        Map<Sentence, List<RuleSet.Hit>> out = new java.util.IdentityHashMap<>(claimHits);
        out.keySet().removeAll(notClaims);
        return out;
    }

    List<Candidate> resolved(EntityKind kind) {
        return resolved.getOrDefault(kind, List.of());
    }

    /** Settles conflicts; call once after every candidate is in. */
    void resolve() {
        List<Candidate> methods = MethodResolver.filter(longestOf(of(EntityKind.METHOD)), candidates, fallbackRules, coiningRules);
        List<Candidate> techniques = new ArrayList<>();
        for (Candidate t : longestOf(of(EntityKind.TECHNIQUE))) {
            if (methods.stream().noneMatch(m -> m.overlaps(t) && !usesInside(m, t))) {
                techniques.add(t);
            }
        }
        List<Candidate> datasets = new ArrayList<>();
        for (Candidate d : longestOf(of(EntityKind.DATASET))) {
            if (methods.stream().noneMatch(m -> m.overlaps(d)) && techniques.stream().noneMatch(t -> t.overlaps(d))) {
                datasets.add(d);
            }
        }
        Map<EntityKind, List<Candidate>> byKind = new EnumMap<>(EntityKind.class);
        byKind.put(EntityKind.METHOD, new ArrayList<>(methods));
        byKind.put(EntityKind.TECHNIQUE, techniques);
        byKind.put(EntityKind.DATASET, datasets);
        applyAcronyms(byKind);
        linkSplits(byKind.get(EntityKind.DATASET));
        MethodResolver.link(byKind.get(EntityKind.METHOD), merger, umbrellaTerms);
        resolved.putAll(byKind);
    }

    /** "NIST05 test set" and a bare "NIST05" in the same paper are one dataset, named by the longer form. */
    private void linkSplits(List<Candidate> datasets) {
        for (Candidate split : datasets) {
            if (!split.rule().equals(DATASET_SPLIT_RULE)) {
                continue;
            }
            String full = split.text().toLowerCase(Locale.ROOT);
            for (Candidate d : datasets) {
                String name = d.text().toLowerCase(Locale.ROOT);
                if (d != split && full.length() > name.length() && full.startsWith(name + " ")) {
                    merger.link(EntityMerger.keyOf(d), EntityMerger.keyOf(split));
                }
            }
        }
    }

    /**
     * A fallback method is a description ("a strategy based on adaptive regularization"): a known
     * technique named inside it is used by the contribution, not the contribution itself.
     */
    private boolean usesInside(Candidate method, Candidate technique) {
        return fallbackRules.contains(method.rule()) && technique.exactConcept() && method.covers(technique);
    }

    private void applyAcronyms(Map<EntityKind, List<Candidate>> byKind) {
        for (AcronymUse a : acronyms) {
            Acronyms.Definition d = a.definition();
            Sentence s = a.sentence();
            Candidate longForm = null;
            for (List<Candidate> list : byKind.values()) {
                for (Candidate c : list) {
                    // the candidate must span the expansion, give or take one leading word: a concept
                    // label at the end only ("Decoder-Only random [Hypernetworks] (D'OH)") is its head
                    if (c.sentence() == s && c.start() <= d.longEnd() - 1 && c.end() >= d.longEnd() - 1
                            && c.end() <= d.longEnd() && c.start() <= d.longStart() + 1) {
                        longForm = c;
                    }
                }
            }
            Candidate shortForm = findAt(byKind, s, d.shortStart(), d.shortEnd());
            if (longForm == null && shortForm == null) {
                Candidate named = methodNaming(byKind, s.span(d.longStart(), d.longEnd()), expandedElsewhere(d));
                if (named == null && claimHits.containsKey(s)) {
                    continue;
                }
                EntityKind k = named != null ? EntityKind.METHOD : EntityKind.TECHNIQUE;
                double conf = named != null ? named.confidence() : ACRONYM_TECHNIQUE_CONFIDENCE;
                longForm = new Candidate(k, s, d.longStart(), d.longEnd(), ACRONYM_RULE, conf, null);
                byKind.get(k).add(longForm);
                if (named != null) {
                    merger.link(EntityMerger.keyOf(longForm), EntityMerger.keyOf(named));
                }
            }
            EntityKind kind = longForm != null ? longForm.kind() : shortForm.kind();
            Candidate anchor = longForm != null ? longForm : shortForm;
            if (shortForm == null) {
                shortForm = new Candidate(kind, s, d.shortStart(), d.shortEnd(), ACRONYM_RULE, anchor.confidence(), anchor.exactConcept() ? anchor.concept() : null);
                removeOverlapping(byKind, shortForm);
                byKind.get(kind).add(shortForm);
            } else if (longForm == null) {
                longForm = new Candidate(kind, s, d.longStart(), d.longEnd(), ACRONYM_RULE, anchor.confidence(), anchor.exactConcept() ? anchor.concept() : null);
                removeOverlapping(byKind, longForm);
                byKind.get(kind).add(longForm);
            }
            merger.link(EntityMerger.keyOf(shortForm), EntityMerger.keyOf(longForm));
            addLaterUses(byKind, shortForm);
        }
    }

    /** The long forms, in lower case, of the paper's other acronym definitions. */
    private Set<String> expandedElsewhere(Acronyms.Definition d) {
        Set<String> out = new java.util.HashSet<>();
        for (AcronymUse a : acronyms) {
            if (a.definition() != d) {
                Acronyms.Definition o = a.definition();
                out.add(a.sentence().span(o.longStart(), o.longEnd()).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The method whose name holds every word of {@code longForm} ("Hard Patches Mining" in a title), if any. */
    private static Candidate methodNaming(Map<EntityKind, List<Candidate>> byKind, String longForm, Set<String> expanded) {
        List<String> words = WordKeys.split(longForm.toLowerCase(Locale.ROOT));
        for (Candidate m : byKind.get(EntityKind.METHOD)) {
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
    private void addLaterUses(Map<EntityKind, List<Candidate>> byKind, Candidate shortForm) {
        String sf = shortForm.text();
        for (Sentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                String w = s.word(i);
                if (!(w.equals(sf) || w.equals(sf + "s")) || (s == shortForm.sentence() && i == shortForm.start())) {
                    continue;
                }
                Candidate c = new Candidate(shortForm.kind(), s, i, i + 1, shortForm.rule(), shortForm.confidence(), shortForm.concept());
                if (findAt(byKind, s, i, i + 1) == null && allOf(byKind).stream().noneMatch(o -> o.overlaps(c))) {
                    byKind.get(shortForm.kind()).add(c);
                    merger.link(EntityMerger.keyOf(c), EntityMerger.keyOf(shortForm));
                }
            }
        }
    }

    private static List<Candidate> allOf(Map<EntityKind, List<Candidate>> byKind) {
        List<Candidate> all = new ArrayList<>();
        byKind.values().forEach(all::addAll);
        return all;
    }

    private static void removeOverlapping(Map<EntityKind, List<Candidate>> byKind, Candidate c) {
        for (List<Candidate> list : byKind.values()) {
            list.removeIf(o -> o.overlaps(c));
        }
    }

    private static Candidate findAt(Map<EntityKind, List<Candidate>> byKind, Sentence s, int start, int end) {
        for (List<Candidate> list : byKind.values()) {
            for (Candidate c : list) {
                if (c.sentence() == s && c.start() == start && c.end() == end) {
                    return c;
                }
            }
        }
        return null;
    }

    private List<Candidate> of(EntityKind kind) {
        return candidates.stream().filter(c -> c.kind() == kind).toList();
    }

    /** Drops candidates covered by a longer one of the same kind; of equal spans keeps the surest. */
    private static List<Candidate> longestOf(List<Candidate> list) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : list) {
            boolean dominated = false;
            for (Candidate o : list) {
                if (o == c || !o.overlaps(c)) {
                    continue;
                }
                int lc = c.end() - c.start();
                int lo = o.end() - o.start();
                if (lo > lc || (lo == lc && (o.confidence() > c.confidence()
                        || (o.confidence() == c.confidence() && list.indexOf(o) < list.indexOf(c))))) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                out.add(c);
            }
        }
        return out;
    }

    List<EntityFact> facts(EntityKind kind) {
        return merger.merge(kind, new ArrayList<>(resolved(kind)));
    }
}
