package org.regkg.train;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.Model;
import org.regkg.eval.GoldFile;
import org.regkg.eval.NormLib;
import org.regkg.eval.Predictions;
import org.regkg.eval.Score;
import org.regkg.eval.Scorer;
import org.regkg.facts.EntityKind;
import org.regkg.facts.PaperFacts;
import org.regkg.lexicon.ConceptLexicon;
import org.regkg.nlp.ClaimClassifier;
import org.regkg.nlp.ExtractionSettings;
import org.regkg.nlp.MentionTagger;
import org.regkg.nlp.MethodDecision;
import org.regkg.nlp.NlpPipeline;
import org.regkg.nlp.PaperExtractor;
import org.regkg.nlp.QuantityWords;
import org.regkg.nlp.RuleSet;
import org.regkg.nlp.Sentence;
import org.regkg.nlp.SentenceSplitter;
import org.regkg.nlp.TokenFeatures;

/**
 * k-fold cross-validation by paper: the papers are dealt into k folds by a hash of their
 * normalised title (the same folds whatever the order of the files); for each fold, the models are
 * trained on the other folds only and the fold's papers are extracted and scored with the
 * scorer's rules, pooled and separately for corpus and arXiv papers.
 */
public final class CrossValidation {
    /** What finds the mentions: the landed rules and gazetteer, or the model trained on the other folds. */
    public enum Mode { RULES, MODEL }

    /** Scores of one fold: all its papers, and its papers of each source. */
    public record FoldScore(int fold, Map<String, Score> bySubset) {
    }

    public static final String ALL = "all";

    private final NlpPipeline pipeline;
    private final ConceptLexicon lexicon;
    private final Model ontology;
    private final RuleSet rules;
    private final QuantityWords words;
    private final TokenFeatures features;
    private final PrintStream progress;
    private Path modelCache;
    private Path predictionsDir;
    /** The shipped combination ({@code extraction.properties}), read once: the defaults below. */
    private final ExtractionSettings shipped = ExtractionSettings.bundled();
    private Set<EntityKind> ruleKinds = shipped.ruleKinds();
    private boolean claimModel = true;
    private boolean methodModel = shipped.methodDecision();
    private int jobs = 1;
    private int trainThreads = 1;
    private Map<EntityKind, Double> minProbability = shipped.minProbability();
    private byte[] mentionSettings = MentionTrainer.bundledSettings();
    private boolean datasetModel = MentionTagger.isDatasetModelBundled();
    private double datasetModelMin = shipped.datasetModelMin();
    private List<GoldPaper> datasetPapers = List.of();
    private byte[] datasetSettings = MentionTrainer.datasetSettings();

    public CrossValidation(NlpPipeline pipeline, ConceptLexicon lexicon, Model ontology, RuleSet rules,
            QuantityWords words, TokenFeatures features, PrintStream progress) {
        this.pipeline = pipeline;
        this.lexicon = lexicon;
        this.ontology = ontology;
        this.rules = rules;
        this.words = words;
        this.features = features;
        this.progress = progress;
    }

    /**
     * Keeps each fold's trained model in {@code dir}, named by a hash of its training data and
     * settings, and reuses it when the same data comes again (for comparing what is done with the
     * model's mentions without retraining).
     */
    public CrossValidation withModelCache(Path dir) {
        this.modelCache = dir;
        return this;
    }

    /**
     * Writes each fold's predictions, the JSON Lines export of its test papers' facts (what
     * {@code score.py} reads), to {@code dir/fold-N.jsonl}, for error analysis.
     */
    public CrossValidation withPredictions(Path dir) {
        this.predictionsDir = dir;
        return this;
    }

    /** Whether claims are decided by the trained claim classifier (else by the claim rules). */
    public CrossValidation withClaimClassifier(boolean on) {
        this.claimModel = on;
        return this;
    }

    /** Runs up to {@code n} folds at once (each trains its own models; the results do not depend on it). */
    public CrossValidation withJobs(int n) {
        this.jobs = n;
        return this;
    }

    /** Trains each fold's mention model with {@code n} gradient threads. */
    public CrossValidation withTrainThreads(int n) {
        this.trainThreads = n;
        return this;
    }

    /** Keeps only the model spans whose probability reaches their kind's minimum. */
    public CrossValidation withMinProbability(Map<EntityKind, Double> min) {
        this.minProbability = Map.copyOf(min);
        return this;
    }

    /** Trains the mention models with these settings (a {@code mention-crf.properties} file's bytes). */
    public CrossValidation withMentionSettings(byte[] settings) {
        this.mentionSettings = settings.clone();
        return this;
    }

    /** Whether the paper-level method decision re-decides the model's methods and techniques. */
    public CrossValidation withMethodDecision(boolean on) {
        this.methodModel = on;
        return this;
    }

    /** Whether a dataset model is trained per fold and adds its datasets (with the mention model only). */
    public CrossValidation withDatasetModel(boolean on) {
        this.datasetModel = on;
        return this;
    }

    /**
     * Papers annotated for datasets alone (TDMSci): dealt into folds of their own, the dataset
     * model of each fold also trains on those of the other folds, and those of the fold are
     * scored as a subset of their own (named by their source), not in the pooled numbers.
     */
    public CrossValidation withDatasetPapers(List<GoldPaper> papers) {
        this.datasetPapers = List.copyOf(papers);
        return this;
    }

    /** Trains the dataset models with these settings (a {@code dataset-crf.properties} file's bytes). */
    public CrossValidation withDatasetSettings(byte[] settings) {
        this.datasetSettings = settings.clone();
        return this;
    }

    /** Keeps only the dataset model's spans with at least this probability. */
    public CrossValidation withDatasetModelMin(double min) {
        this.datasetModelMin = min;
        return this;
    }

    /** The kinds whose rules add mentions next to the model. */
    public CrossValidation withRuleKinds(Set<EntityKind> kinds) {
        this.ruleKinds = Set.copyOf(kinds);
        return this;
    }

    /** The fold (0..k-1) of each paper, in the order given. */
    public static int[] folds(List<GoldPaper> papers, int k) {
        List<Integer> order = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            order.add(i);
            keys.add(sha256(NormLib.norm(papers.get(i).paper().title())));
        }
        order.sort(Comparator.comparing(keys::get));
        int[] fold = new int[papers.size()];
        for (int rank = 0; rank < order.size(); rank++) {
            fold[order.get(rank)] = rank % k;
        }
        return fold;
    }

    /** Runs the folds in {@code which} (all k when empty). */
    public List<FoldScore> run(List<GoldPaper> papers, int k, Set<Integer> which, Mode mode) {
        SentenceSplitter splitter = new SentenceSplitter(pipeline);
        List<List<Sentence>> sentences = new ArrayList<>();
        for (GoldPaper p : papers) {
            sentences.add(splitter.split(p.paper()));
        }
        List<List<Sentence>> datasetSentences = new ArrayList<>();
        for (GoldPaper p : datasetPapers) {
            datasetSentences.add(splitter.split(p.paper()));
        }
        int[] fold = folds(papers, k);
        int[] datasetFold = folds(datasetPapers, k);
        List<Integer> toRun = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            if (which.isEmpty() || which.contains(f)) {
                toRun.add(f);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, toRun.size())), r -> {
            Thread t = new Thread(r, "regkg-cv");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FoldScore>> futures = new ArrayList<>();
            for (int f : toRun) {
                futures.add(pool.submit(() -> runFold(new Fold(papers, sentences, fold), new Fold(datasetPapers, datasetSentences, datasetFold),
                        f, k, mode)));
            }
            List<FoldScore> out = new ArrayList<>();
            for (Future<FoldScore> fs : futures) {
                out.add(fs.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("cross-validation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Papers, their sentences and the fold of each. */
    private record Fold(List<GoldPaper> papers, List<List<Sentence>> sentences, int[] fold) {
    }

    private FoldScore runFold(Fold all, Fold datasetOnly, int f, int k, Mode mode) {
        List<GoldPaper> papers = all.papers();
        List<List<Sentence>> sentences = all.sentences();
        int[] fold = all.fold();
        long started = System.nanoTime();
        MentionTagger tagger = null;
        MentionTagger datasetTagger = null;
        ClaimClassifier claims = null;
        MethodDecision decision = null;
        if (claimModel) {
            List<ClaimTrainer.Example> train = new ArrayList<>();
            for (int i = 0; i < papers.size(); i++) {
                if (fold[i] != f) {
                    train.add(new ClaimTrainer.Example(sentences.get(i), papers.get(i).gold()));
                }
            }
            claims = ClaimClassifier.read(new ByteArrayInputStream(new ClaimTrainer(rules).train(train)))
                    .withMinProbability(shipped.claimMinProbability());
        }
        if (mode == Mode.MODEL) {
            List<MentionTrainer.Example> train = new ArrayList<>();
            for (int i = 0; i < papers.size(); i++) {
                if (fold[i] != f) {
                    train.add(new MentionTrainer.Example(sentences.get(i), SpanAligner.tags(sentences.get(i), papers.get(i).gold())));
                }
            }
            byte[] model = trainOrReuse("mentions", new MentionTrainer(features, trainThreads, mentionSettings), train);
            tagger = MentionTagger.read(new ByteArrayInputStream(model), features).withMinProbability(minProbability);
            if (datasetModel) {
                List<MentionTrainer.Example> datasetTrain = new ArrayList<>();
                for (MentionTrainer.Example e : train) {
                    datasetTrain.add(DatasetTags.of(e));
                }
                for (int i = 0; i < datasetOnly.papers().size(); i++) {
                    if (datasetOnly.fold()[i] != f) {
                        List<Sentence> ss = datasetOnly.sentences().get(i);
                        datasetTrain.add(DatasetTags.of(new MentionTrainer.Example(ss, SpanAligner.tags(ss, datasetOnly.papers().get(i).gold()))));
                    }
                }
                byte[] datasets = trainOrReuse("datasets", new MentionTrainer(features, trainThreads, datasetSettings),
                        datasetTrain);
                datasetTagger = MentionTagger.read(new ByteArrayInputStream(datasets), features)
                        .withMinProbability(Map.of(EntityKind.DATASET, datasetModelMin));
            }
            if (methodModel) {
                decision = MethodDecision.read(new ByteArrayInputStream(new MethodDecisionTrainer(features).train(train)));
            }
        }
        PaperExtractor extractor = new PaperExtractor(pipeline, lexicon, rules, words, tagger, ruleKinds, claims, decision,
                datasetTagger);
        Map<String, Score> scores = extractAndScore(extractor, all, f, "fold-" + (f + 1), ALL);
        if (!datasetOnly.papers().isEmpty()) {
            scores.putAll(extractAndScore(extractor, datasetOnly, f, "datasets-fold-" + (f + 1), null));
        }
        progress.printf("regkg: fold %d of %d: %d test papers, %.0f s%n", f + 1, k, scores.get(ALL).papers(),
                (System.nanoTime() - started) / 1e9);
        return new FoldScore(f, scores);
    }

    /**
     * Extracts the papers of fold {@code f}, writes their predictions as {@code name}, and scores
     * them per source, and all together as {@code pooled} when it is not null.
     */
    private Map<String, Score> extractAndScore(PaperExtractor extractor, Fold papers, int f, String name, String pooled) {
        List<PaperFacts> facts = new ArrayList<>();
        Map<String, List<com.fasterxml.jackson.databind.JsonNode>> gold = new LinkedHashMap<>();
        if (pooled != null) {
            gold.put(pooled, new ArrayList<>());
        }
        for (int i = 0; i < papers.papers().size(); i++) {
            if (papers.fold()[i] == f) {
                GoldPaper p = papers.papers().get(i);
                facts.add(extractor.extract(p.paper(), papers.sentences().get(i)));
                if (pooled != null) {
                    gold.get(pooled).add(p.gold());
                }
                gold.computeIfAbsent(p.source(), s -> new ArrayList<>()).add(p.gold());
            }
        }
        byte[] lines = FactsPredictions.jsonl(facts, ontology);
        writePredictions(name, lines);
        var predictions = Predictions.read(new ByteArrayInputStream(lines), "cross-validation");
        Map<String, Score> scores = new LinkedHashMap<>();
        for (Map.Entry<String, List<com.fasterxml.jackson.databind.JsonNode>> e : gold.entrySet()) {
            scores.put(e.getKey(), new Scorer().score(GoldFile.of(e.getValue()), predictions));
        }
        return scores;
    }

    private void writePredictions(String name, byte[] lines) {
        if (predictionsDir == null) {
            return;
        }
        try {
            Files.createDirectories(predictionsDir);
            Files.write(predictionsDir.resolve(name + ".jsonl"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] trainOrReuse(String name, MentionTrainer trainer, List<MentionTrainer.Example> train) {
        if (modelCache == null) {
            return trainer.train(train);
        }
        try {
            Path file = modelCache.resolve(name + "-" + trainer.fingerprint(train) + ".crf.ser.gz");
            if (Files.exists(file)) {
                progress.println("regkg: reusing " + file);
                return Files.readAllBytes(file);
            }
            byte[] model = trainer.train(train);
            Files.createDirectories(modelCache);
            Files.write(file, model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
