package org.regkg.nlp;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.regkg.facts.Claim;
import org.regkg.facts.EntityFact;
import org.regkg.facts.EntityKind;
import org.regkg.facts.PaperFacts;
import org.regkg.ingest.Paper;
import org.regkg.lexicon.ConceptLexicon;

/**
 * Extracts the facts of one paper: annotates its title and abstract (each on its own, so the
 * title is a sentence of its own), finds the mentions of methods, techniques and datasets (with
 * the learned mention model when there is one, else with the gazetteer and the entity rules),
 * runs the claim rules, and merges mentions into facts. Thread-safe: one instance serves every
 * worker.
 */
public final class PaperExtractor {
    static final String GAZETTEER_RULE = "gazetteer";
    static final String MODEL_RULE = "mention-model";
    static final String DATASET_MODEL_RULE = "dataset-model";
    /** The rule name of a technique that is a versioned PwC method name ({@link VersionedNames}). */
    static final String VERSIONED_NAME_RULE = "pwc-versioned-name";
    static final double GAZETTEER_CONFIDENCE = 0.85;
    static final double MODEL_CONFIDENCE = 0.8;
    /** A thing is the paper's method when the method decision gives it at least this probability. */
    static final double METHOD_THRESHOLD = 0.5;

    private final SentenceSplitter splitter;
    private final Gazetteer gazetteer;
    private final SpanConcepts spanConcepts;
    private final RuleSet rules;
    private final ClaimBuilder claimBuilder;
    private final MentionTagger tagger;
    private final MentionTagger datasetTagger;
    /**
     * When the dataset model reads the mention model's features (same columns, checked when both
     * load), both models' ids of a featurized sentence from one lookup per feature; else null.
     */
    private final JointFeatureIds jointIds;
    private final Set<EntityKind> ruleKinds;
    private final MethodDecision methodDecision;
    private final TokenFeatures features;
    private final UmbrellaTerms umbrellaTerms = UmbrellaTerms.load();
    private final NameVariants nameVariants = NameVariants.load();
    private final ClauseSpans clauses = ClauseSpans.load();

    /** A rule-only extractor (no mention model). */
    public PaperExtractor(NlpPipeline pipeline, ConceptLexicon lexicon, RuleSet rules, QuantityWords quantityWords) {
        this(pipeline, lexicon, rules, quantityWords, null, EnumSet.allOf(EntityKind.class));
    }

    /**
     * An extractor whose mentions come from {@code tagger} when it is not null, and from the
     * entity rules (and, for techniques, the gazetteer) of the kinds in {@code ruleKinds}.
     */
    public PaperExtractor(NlpPipeline pipeline, ConceptLexicon lexicon, RuleSet rules, QuantityWords quantityWords,
            MentionTagger tagger, Set<EntityKind> ruleKinds) {
        this(pipeline, lexicon, rules, quantityWords, tagger, ruleKinds, null);
    }

    /** An extractor that also decides claims with {@code claims} when it is not null (else by the claim rules). */
    public PaperExtractor(NlpPipeline pipeline, ConceptLexicon lexicon, RuleSet rules, QuantityWords quantityWords,
            MentionTagger tagger, Set<EntityKind> ruleKinds, ClaimClassifier claims) {
        this(pipeline, lexicon, rules, quantityWords, tagger, ruleKinds, claims, null);
    }

    /**
     * An extractor that also decides, thing by thing, whether the model's methods and techniques
     * are the paper's own method with {@code methodDecision} when it and {@code tagger} are not null.
     */
    public PaperExtractor(NlpPipeline pipeline, ConceptLexicon lexicon, RuleSet rules, QuantityWords quantityWords,
            MentionTagger tagger, Set<EntityKind> ruleKinds, ClaimClassifier claims, MethodDecision methodDecision) {
        this(pipeline, lexicon, rules, quantityWords, tagger, ruleKinds, claims, methodDecision, null);
    }

    /**
     * An extractor that also adds the dataset mentions of {@code datasetTagger} (a model of
     * dataset names alone, trained on more text than the mention model) when it and
     * {@code tagger} are not null.
     */
    public PaperExtractor(NlpPipeline pipeline, ConceptLexicon lexicon, RuleSet rules, QuantityWords quantityWords,
            MentionTagger tagger, Set<EntityKind> ruleKinds, ClaimClassifier claims, MethodDecision methodDecision,
            MentionTagger datasetTagger) {
        this.splitter = new SentenceSplitter(pipeline);
        this.gazetteer = new Gazetteer(lexicon);
        this.spanConcepts = new SpanConcepts(lexicon);
        this.rules = rules;
        this.claimBuilder = new ClaimBuilder(new QuantityFinder(quantityWords), claims);
        this.tagger = tagger;
        this.datasetTagger = tagger == null ? null : datasetTagger;
        this.jointIds = this.datasetTagger != null && this.datasetTagger.features() == tagger.features()
                && this.datasetTagger.readsFeaturesOf(tagger)
                ? new JointFeatureIds(tagger.featureSet().index(), this.datasetTagger.featureSet().index()) : null;
        this.methodDecision = tagger == null ? null : methodDecision;
        this.features = tagger == null ? null : tagger.features();
        this.ruleKinds = tagger == null ? EnumSet.allOf(EntityKind.class) : Set.copyOf(ruleKinds);
    }

    /**
     * An extractor with the shipped pipeline, ontology, rules, word lists and learned models,
     * combined as {@code extraction.properties} says ({@link ExtractionSettings}). The CoreNLP
     * models load on a thread of their own while the rest is read.
     */
    public static PaperExtractor standard() {
        CompletableFuture<NlpPipeline> nlp = NlpPipeline.loading();
        ConceptLexicon lexicon = ConceptLexicon.fromOntology();
        RuleSet rules = RuleSet.load();
        QuantityWords words = QuantityWords.load();
        ExtractionSettings settings = ExtractionSettings.bundled();
        TokenFeatures features = TokenFeatures.standard(lexicon);
        MentionTagger tagger = MentionTagger.bundled(features);
        MentionTagger datasetTagger = MentionTagger.bundledDatasets(features);
        if (tagger != null) {
            tagger = tagger.withMinProbability(settings.minProbability());
        }
        if (datasetTagger != null) {
            datasetTagger = datasetTagger.withMinProbability(settings.datasetModelMinProbability());
        }
        ClaimClassifier claims = ClaimClassifier.bundled();
        if (claims != null) {
            claims = claims.withMinProbability(settings.claimMinProbability());
        }
        MethodDecision decision = settings.methodDecision() ? MethodDecision.bundled() : null;
        return new PaperExtractor(Loading.await(nlp), lexicon, rules, words, tagger, settings.ruleKinds(), claims, decision,
                datasetTagger);
    }

    /** An extractor with the shipped pipeline, ontology, rules and word lists, without the learned models. */
    public static PaperExtractor rulesOnly() {
        CompletableFuture<NlpPipeline> nlp = NlpPipeline.loading();
        ConceptLexicon lexicon = ConceptLexicon.fromOntology();
        RuleSet rules = RuleSet.load();
        QuantityWords words = QuantityWords.load();
        return new PaperExtractor(Loading.await(nlp), lexicon, rules, words);
    }

    public PaperFacts extract(Paper paper) {
        return extract(paper, splitter.split(paper));
    }

    /** The facts of {@code paper} from its sentences, as {@link SentenceSplitter} makes them. */
    public PaperFacts extract(Paper paper, List<Sentence> sentences) {
        MentionCollector collector = new MentionCollector(umbrellaTerms, nameVariants, spanConcepts);
        for (Sentence s : sentences) {
            collector.note(s);
            // with a model, the features' gazetteer (built from the same lexicon) finds them once for both
            List<Gazetteer.Match> concepts = features != null ? features.conceptMatches(s) : gazetteer.find(s.tokens());
            boolean datasetModel = datasetTagger != null && mayNameDataset(s);
            List<MentionTagger.Span> datasetSpans = List.of();
            if (tagger != null) {
                // the two models share the mention model's feature strings and one lookup of each
                MentionTagger.Featurized featurized = tagger.featurize(s, concepts);
                List<MentionTagger.Span> spans;
                if (datasetModel && jointIds != null) {
                    int[][][][] ids = jointIds.ids(featurized.features());
                    spans = tagger.tag(featurized, ids[0]);
                    datasetSpans = datasetTagger.tag(featurized, ids[1]);
                } else {
                    spans = tagger.tag(featurized);
                    datasetSpans = datasetModel ? datasetTagger.tag(s, concepts) : List.of();
                }
                for (MentionTagger.Span span : spans) {
                    // a method or technique name ends where a clause begins; a dataset's span is left as found
                    MentionTagger.Span name = span.kind() == EntityKind.DATASET ? span : clauses.cut(s, span);
                    collector.add(spanConcepts.candidate(s, name, concepts));
                }
            }
            if (datasetModel) {
                for (MentionTagger.Span span : datasetSpans) {
                    if (span.kind() == EntityKind.DATASET) {
                        collector.add(new Candidate(EntityKind.DATASET, s, span.start(), span.end(), DATASET_MODEL_RULE,
                                MODEL_CONFIDENCE, null));
                    }
                }
            }
            if (ruleKinds.contains(EntityKind.TECHNIQUE)) {
                for (Gazetteer.Match m : concepts) {
                    if (!umbrellaTerms.isUmbrella(s.span(m.start(), m.end()))) {
                        collector.add(new Candidate(EntityKind.TECHNIQUE, s, m.start(), m.end(), GAZETTEER_RULE,
                                GAZETTEER_CONFIDENCE, m.concept()));
                    }
                }
                if (features != null) {
                    for (int i : features.versionedNames(s)) {
                        // a token the dataset model calls a dataset stays one ("TUM-RGBD")
                        final int at = i;
                        if (datasetSpans.stream().noneMatch(d -> d.kind() == EntityKind.DATASET && d.start() <= at && at < d.end())) {
                            collector.add(new Candidate(EntityKind.TECHNIQUE, s, i, i + 1, VERSIONED_NAME_RULE, GAZETTEER_CONFIDENCE, null));
                        }
                    }
                }
            }
            for (RuleSet.Hit h : rules.apply(s)) {
                if (!h.rule().findsEntities() || ruleKinds.contains(h.rule().kind().entity())) {
                    collector.addRuleHit(s, h);
                }
            }
            for (Acronyms.Definition d : Acronyms.find(s)) {
                collector.addAcronym(s, d);
            }
        }
        collector.resolve();
        if (methodDecision != null) {
            collector.decideMethods(g -> methodDecision.methodProbability(g, sentences, features), METHOD_THRESHOLD);
        }

        List<EntityFact> methods = collector.facts(EntityKind.METHOD);
        List<EntityFact> techniques = umbrellaTerms.withoutSingularDescriptions(
                umbrellaTerms.withoutCoveredFamilies(collector.facts(EntityKind.TECHNIQUE)));
        List<EntityFact> datasets = collector.facts(EntityKind.DATASET);
        List<Claim> claims = claimBuilder.claims(collector);
        return new PaperFacts(paper, methods, techniques, datasets, claims);
    }

    /**
     * Whether a sentence has a word, past its first, with a capital letter or a digit: nearly every
     * dataset name has one (612 of the 626 annotated in our gold and TDMSci's), so the dataset model
     * skips the sentences without one.
     */
    static boolean mayNameDataset(Sentence s) {
        for (int i = 1; i < s.size(); i++) {
            String w = s.word(i);
            for (int j = 0; j < w.length(); j++) {
                char c = w.charAt(j);
                if (Character.isUpperCase(c) || Character.isDigit(c)) {
                    return true;
                }
            }
        }
        return false;
    }
}
