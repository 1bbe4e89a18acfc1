package org.regkg.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.regkg.nlp.ExtractionSettings;
import org.regkg.nlp.NlpPipeline;
import org.regkg.nlp.RuleSet;
import org.regkg.nlp.Sentence;
import org.regkg.nlp.SentenceSplitter;
import org.regkg.nlp.TokenFeatures;

/**
 * Rebuilds every learned model the extractor uses from gold papers and writes the model files into
 * a folder, under the names the extractor loads them by (the method decision only when
 * {@code extraction.properties} turns it on). Deterministic: the same papers give the same bytes.
 */
public final class ModelTrainer {
    /** The mention model's file name (the extractor's resource {@code org/regkg/models/}). */
    public static final String MENTIONS_FILE = "mentions.crf.ser.gz";
    /** The dataset model's file name. */
    public static final String DATASETS_FILE = "datasets.crf.ser.gz";
    /** The claim classifier's file name. */
    public static final String CLAIMS_FILE = "claims.cdc.ser.gz";
    /** The method decision's file name. */
    public static final String METHOD_DECISION_FILE = "method-decision.cdc.ser.gz";

    private final NlpPipeline pipeline;
    private final TokenFeatures features;
    private final RuleSet rules;
    private final PrintStream progress;
    private final int threads;
    private byte[] mentionSettings = MentionTrainer.bundledSettings();
    private List<GoldPaper> datasetPapers = List.of();

    public ModelTrainer(NlpPipeline pipeline, TokenFeatures features, RuleSet rules, int threads, PrintStream progress) {
        this.threads = threads;
        this.pipeline = pipeline;
        this.rules = rules;
        this.features = features;
        this.progress = progress;
    }

    /** Trains the mention model with these settings (a {@code mention-crf.properties} file's bytes). */
    public ModelTrainer withMentionSettings(byte[] settings) {
        this.mentionSettings = settings.clone();
        return this;
    }

    /**
     * Also trains the dataset model ({@value #DATASETS_FILE}): on the dataset annotations of the
     * papers given to {@link #train} and of {@code papers}, which annotate datasets alone.
     */
    public ModelTrainer withDatasetPapers(List<GoldPaper> papers) {
        this.datasetPapers = List.copyOf(papers);
        return this;
    }

    /** Trains on {@code papers} and writes the models into {@code out}; returns the files written. */
    public List<Path> train(List<GoldPaper> papers, Path out) throws IOException {
        SentenceSplitter splitter = new SentenceSplitter(pipeline);
        List<MentionTrainer.Example> examples = new ArrayList<>();
        List<ClaimTrainer.Example> claimExamples = new ArrayList<>();
        for (GoldPaper p : papers) {
            List<Sentence> sentences = splitter.split(p.paper());
            examples.add(new MentionTrainer.Example(sentences, SpanAligner.tags(sentences, p.gold())));
            claimExamples.add(new ClaimTrainer.Example(sentences, p.gold()));
        }
        progress.printf("regkg: training the claim classifier on %d papers ...%n", papers.size());
        byte[] claims = new ClaimTrainer(rules).train(claimExamples);
        progress.printf("regkg: training the mention model on %d papers ...%n", papers.size());
        byte[] mentions = new MentionTrainer(features, threads, mentionSettings).train(examples);
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        written.add(write(out.resolve(MENTIONS_FILE), mentions));
        written.add(write(out.resolve(CLAIMS_FILE), claims));
        if (!datasetPapers.isEmpty()) {
            List<MentionTrainer.Example> datasetExamples = new ArrayList<>();
            examples.forEach(e -> datasetExamples.add(DatasetTags.of(e)));
            for (GoldPaper p : datasetPapers) {
                List<Sentence> sentences = splitter.split(p.paper());
                datasetExamples.add(DatasetTags.of(new MentionTrainer.Example(sentences, SpanAligner.tags(sentences, p.gold()))));
            }
            progress.printf("regkg: training the dataset model on %d + %d papers ...%n", papers.size(), datasetPapers.size());
            byte[] datasets = new MentionTrainer(features, threads, MentionTrainer.datasetSettings()).train(datasetExamples);
            written.add(write(out.resolve(DATASETS_FILE), datasets));
        }
        if (ExtractionSettings.bundled().methodDecision()) {
            progress.printf("regkg: training the method decision on %d papers ...%n", papers.size());
            written.add(write(out.resolve(METHOD_DECISION_FILE), new MethodDecisionTrainer(features).train(examples)));
        } else {
            progress.println("regkg: not training the method decision (method-decision = false in extraction.properties)");
        }
        return written;
    }

    /** Writes beside the target and renames it into place, so a reader never sees half a model. */
    private static Path write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
