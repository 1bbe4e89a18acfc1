package org.regkg.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.regkg.facts.EntityFact;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Section;
import org.regkg.lexicon.ConceptLabels;

/**
 * Collects the candidate mentions and claim-rule hits of one paper and settles conflicts between
 * them: a proposed method beats a technique on the same words, a known concept beats a dataset
 * guess, and an acronym takes the kind of its expansion ({@link AcronymLinker}).
 */
final class MentionCollector {
    static final String ACRONYM_RULE = "acronym-definition";

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final Map<Sentence, List<RuleSet.Hit>> claimHits = new IdentityHashMap<>();
    private final Set<Sentence> notClaims = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<AcronymLinker.Use> acronyms = new ArrayList<>();
    private final EntityMerger merger = new EntityMerger();
    private final CandidateIndex resolved = new CandidateIndex();
    private final Set<String> fallbackRules = new HashSet<>();
    private final Set<String> coiningRules = new HashSet<>();
    private final Set<String> explicitRules = new HashSet<>();
    private final UmbrellaTerms umbrellaTerms;
    private final NameVariants nameVariants;
    private final SpanConcepts spanConcepts;

    MentionCollector(UmbrellaTerms umbrellaTerms, NameVariants nameVariants, SpanConcepts spanConcepts) {
        this.umbrellaTerms = umbrellaTerms;
        this.nameVariants = nameVariants;
        this.spanConcepts = spanConcepts;
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
        Rule rule = h.rule();
        switch (rule.kind()) {
            case CLAIM -> claimHits.computeIfAbsent(s, k -> new ArrayList<>()).add(h);
            case NOT_CLAIM -> notClaims.add(s);
            case DATASET -> {
                flags(rule);
                candidates.addAll(ListSplitter.items(s, h));
            }
            case METHOD, TECHNIQUE -> {
                flags(rule);
                EntityKind k = rule.kind().entity();
                Candidate c = new Candidate(k, s, h.start(), h.end(), rule.id(), rule.confidence(), null);
                if (k == EntityKind.TECHNIQUE) {
                    c = new Candidate(k, s, h.start(), h.end(), rule.id(), rule.confidence(), headConcept(c));
                }
                candidates.add(c);
            }
        }
    }

    private void flags(Rule rule) {
        if (rule.fallback()) {
            fallbackRules.add(rule.id());
        }
        if (rule.coins()) {
            coiningRules.add(rule.id());
        }
        if (rule.explicit()) {
            explicitRules.add(rule.id());
        }
    }

    /**
     * The concept of the gazetteer match that ends where a rule's phrase ends, or else of the head
     * noun that ends it ("mutual-information [penalty]"), as for the mention model's spans; if any.
     */
    private ConceptLabels headConcept(Candidate ruleHit) {
        for (Candidate g : candidates) {
            if (g.rule().equals(PaperExtractor.GAZETTEER_RULE) && ruleHit.covers(g) && g.end() == ruleHit.end()) {
                return g.concept();
            }
        }
        return spanConcepts.byHeadNoun(ruleHit.sentence(), ruleHit.start(), ruleHit.end());
    }

    void addAcronym(Sentence s, Acronyms.Definition d) {
        acronyms.add(new AcronymLinker.Use(s, d));
    }

    /** The sentences a claim rule fired on and no veto rule did. */
    Map<Sentence, List<RuleSet.Hit>> claimSentences() {
        Map<Sentence, List<RuleSet.Hit>> out = new IdentityHashMap<>(claimHits);
        out.keySet().removeAll(notClaims);
        return out;
    }

    /** The paper's sentences in text order. */
    List<Sentence> sentences() {
        return sentences;
    }

    /** The claim rules' hits on a sentence (empty when none fired). */
    List<RuleSet.Hit> claimHits(Sentence s) {
        return claimHits.getOrDefault(s, List.of());
    }

    /** True when a veto rule fired on the sentence. */
    boolean vetoed(Sentence s) {
        return notClaims.contains(s);
    }

    List<Candidate> resolved(EntityKind kind) {
        return resolved.of(kind);
    }

    /** Settles conflicts; call once after every candidate is in. */
    void resolve() {
        // the dataset model's names come first: it was trained on far more dataset names than the mention model
        // an abbreviation the paper defines for a task ("Video Anomaly Detection (VAD)") names no dataset
        Set<String> tasks = taskAbbreviations();
        List<Candidate> datasets = CandidateIndex.longestOf(of(EntityKind.DATASET).stream()
                .filter(d -> !tasks.contains(d.text())).toList());
        // and the names a rule found with the words that say they are datasets ("the X dataset")
        List<Candidate> named = datasets.stream().filter(d -> d.rule().equals(PaperExtractor.DATASET_MODEL_RULE)
                || explicitRules.contains(d.rule())).toList();
        List<Candidate> methods = MethodResolver.filter(CandidateIndex.longestOf(notOverlapping(of(EntityKind.METHOD), named)),
                candidates, fallbackRules, coiningRules);
        methods.forEach(resolved::add);
        for (Candidate t : CandidateIndex.longestOf(notOverlapping(of(EntityKind.TECHNIQUE), named))) {
            if (methods.stream().noneMatch(m -> m.overlaps(t) && !usesInside(m, t))) {
                resolved.add(t);
            }
        }
        for (Candidate d : datasets) {
            if (named.contains(d) || methods.stream().noneMatch(m -> m.overlaps(d))
                    && resolved.of(EntityKind.TECHNIQUE).stream().noneMatch(t -> t.overlaps(d))) {
                resolved.add(d);
            }
        }
        new AcronymLinker(acronyms, sentences, merger).apply(resolved);
        linkOpeningNames(resolved.of(EntityKind.DATASET));
        MethodResolver.link(resolved.of(EntityKind.METHOD), merger, umbrellaTerms, nameVariants);
        linkByCore(EntityKind.METHOD);
        linkByCore(EntityKind.TECHNIQUE);
        linkByCore(EntityKind.DATASET);
        titleNameIsMethod();
    }

    /** The short forms of the paper's acronym definitions whose long form names a task ({@link UmbrellaTerms#namesTask}). */
    private Set<String> taskAbbreviations() {
        Set<String> out = new HashSet<>();
        for (AcronymLinker.Use a : acronyms) {
            Acronyms.Definition d = a.definition();
            if (umbrellaTerms.namesTask(a.sentence().span(d.longStart(), d.longEnd()))) {
                out.add(a.sentence().span(d.shortStart(), d.shortEnd()));
            }
        }
        return out;
    }

    /**
     * "MoE models" and "MoE", "pruning methods" and "pruning techniques", "vanilla 3DGS" and "3DGS",
     * "the CIFAR-10 benchmark" and "CIFAR-10":
     * names of one kind that are the same without their generic modifiers and head nouns
     * ({@link NameVariants#core}) are one thing.
     */
    private void linkByCore(EntityKind kind) {
        Map<String, Candidate> first = new HashMap<>();
        for (Candidate c : resolved.of(kind)) {
            String core = WordKeys.entityKey(nameVariants.core(c.text()));
            Candidate o = first.putIfAbsent(core, c);
            if (o != null) {
                merger.link(EntityMerger.keyOf(c), EntityMerger.keyOf(o));
            }
        }
    }

    /**
     * "MoreauGrad: ...": the name a title opens with, before its colon, is the paper's own method,
     * in every mention, also where the abstract's use of it was found as a technique.
     */
    private void titleNameIsMethod() {
        Set<String> names = new HashSet<>();
        for (EntityKind kind : List.of(EntityKind.METHOD, EntityKind.TECHNIQUE)) {
            for (Candidate t : resolved.of(kind)) {
                Sentence s = t.sentence();
                if (s.section() == Section.TITLE && s.index() == 0 && t.start() == 0 && t.end() < s.size()
                        && s.word(t.end()).equals(":")) {
                    names.add(merger.root(EntityMerger.keyOf(t)));
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        for (Candidate t : new ArrayList<>(resolved.of(EntityKind.TECHNIQUE))) {
            if (names.contains(merger.root(EntityMerger.keyOf(t)))) {
                resolved.of(EntityKind.TECHNIQUE).remove(t);
                resolved.add(t.withKind(EntityKind.METHOD));
            }
        }
    }

    /**
     * Decides, thing by thing (mentions linked as one), whether each method or technique is the
     * paper's own method: {@code methodProbability} of its mentions at least {@code threshold}.
     * Call after {@link #resolve()}.
     */
    void decideMethods(java.util.function.ToDoubleFunction<List<Candidate>> methodProbability, double threshold) {
        Map<String, List<Candidate>> groups = new java.util.LinkedHashMap<>();
        for (EntityKind k : List.of(EntityKind.METHOD, EntityKind.TECHNIQUE)) {
            for (Candidate c : resolved.of(k)) {
                groups.computeIfAbsent(merger.root(EntityMerger.keyOf(c)), x -> new ArrayList<>()).add(c);
            }
        }
        for (List<Candidate> g : groups.values()) {
            EntityKind kind = methodProbability.applyAsDouble(g) >= threshold ? EntityKind.METHOD : EntityKind.TECHNIQUE;
            for (Candidate c : g) {
                if (c.kind() != kind) {
                    resolved.of(c.kind()).remove(c);
                    resolved.add(c.withKind(kind));
                }
            }
        }
    }

    /**
     * "NIST05 test set" and a bare "NIST05", "VisDrone 2019" and "VisDrone", "PASCAL VOC" and
     * "PASCAL" in the same paper are one dataset: a dataset name that is the first whole words of
     * another is the same dataset (not a name that ends inside a word: "LIBERO" and "LIBERO-CF" are two).
     */
    private void linkOpeningNames(List<Candidate> datasets) {
        for (Candidate longer : datasets) {
            String full = longer.text().toLowerCase(Locale.ROOT);
            for (Candidate opening : datasets) {
                String name = opening.text().toLowerCase(Locale.ROOT);
                if (opening != longer && full.startsWith(name + " ")) {
                    merger.link(EntityMerger.keyOf(opening), EntityMerger.keyOf(longer));
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

    private static List<Candidate> notOverlapping(List<Candidate> list, List<Candidate> taken) {
        return taken.isEmpty() ? list : list.stream().filter(c -> taken.stream().noneMatch(t -> t.overlaps(c))).toList();
    }

    private List<Candidate> of(EntityKind kind) {
        return candidates.stream().filter(c -> c.kind() == kind).toList();
    }

    List<EntityFact> facts(EntityKind kind) {
        return merger.merge(kind, new ArrayList<>(resolved(kind)));
    }
}
