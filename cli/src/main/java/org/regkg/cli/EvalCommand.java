package org.regkg.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.regkg.eval.ConfidenceCurve;
import org.regkg.eval.GoldFile;
import org.regkg.eval.Predictions;
import org.regkg.eval.PyJsonWriter;
import org.regkg.eval.Score;
import org.regkg.eval.ScoreReport;
import org.regkg.eval.Scorer;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.regkg.facts.EntityKind;
import org.regkg.lexicon.ConceptLexicon;
import org.regkg.lexicon.Ontology;
import org.regkg.nlp.MentionTagger;
import org.regkg.nlp.NlpPipeline;
import org.regkg.nlp.QuantityWords;
import org.regkg.nlp.RuleSet;
import org.regkg.nlp.TokenFeatures;
import org.regkg.store.StoreLib;
import org.regkg.train.CrossValidation;
import org.regkg.train.CvReport;
import org.regkg.train.GoldCorpus;
import org.regkg.train.GoldPaper;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code regkg eval}: the store's facts scored against a gold file, with the rules of score.py. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the facts in the store against a gold annotation file (shared/eval/GUIDELINES.md) "
                + "with exactly the matching rules of shared/eval/score.py, reading the facts through the "
                + "JSON Lines export. Prints precision, recall and F1 per category."})
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE",
            description = "The gold file: a JSON array of annotated papers; papers are paired by normalised title. "
                    + "With --cv, several may be given (repeat the option; default: data/gold/dev-gold.json and "
                    + "data/gold/train-gold.json).")
    List<Path> golds;

    @Option(names = "--cv", paramLabel = "K", description = "Cross-validate instead of scoring the store: deal the "
            + "gold papers into K folds, train the learned models the extractor ships on K-1 folds, extract and score "
            + "the held-out fold with them combined as the shipped extractor combines them, and "
            + "report F1 mean ± sd over folds (all papers, corpus papers, arXiv papers).")
    Integer cv;

    @Option(names = "--input", paramLabel = "FILE", description = "With --cv: the input files holding the gold "
            + "papers' texts (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/abstracts.txt,data/gold/arxiv-annotated.jsonl", split = ",")
    List<Path> inputs;

    @Option(names = "--fold", paramLabel = "N", split = ",", description = "With --cv: run only these folds (1..K).")
    List<Integer> onlyFolds;

    @Option(names = "--model-cache", paramLabel = "DIR", description = "With --cv: keep each fold's trained model "
            + "in DIR and reuse it when the same training data and settings come again.")
    Path modelCache;

    @Option(names = "--mention-settings", paramLabel = "FILE", description = "With --cv: train the mention models "
            + "with these CRF feature and training settings (a file like the shipped mention-crf.properties).")
    Path mentionSettings;

    @Option(names = "--min-probability", paramLabel = "KIND=P", description = "With --cv: keep only the model's "
            + "spans of KIND (method, technique, dataset) with a probability of at least P (repeat for several kinds; "
            + "default: the shipped choice in extraction.properties).")
    java.util.Map<EntityKind, Double> minProbability;

    @Option(names = "--rule-kinds", paramLabel = "KIND", split = ",", description = "With --cv: the entity kinds "
            + "(method, technique, dataset) whose rules add mentions next to the model (default: the shipped choice).")
    List<EntityKind> ruleKinds;

    @Option(names = "--dataset-gold", paramLabel = "FILE", description = "With --cv: a gold file that annotates "
            + "datasets alone (e.g. ../shared/peer/tdmsci-train-gold.json; its texts come from --input): its papers are "
            + "dealt into folds of their own, train the dataset model of the other folds and are scored as a column of "
            + "their own (only the datasets row means anything there).")
    List<Path> datasetGolds;

    @Option(names = "--dataset-model", negatable = true, description = "With --cv: whether a dataset model is trained "
            + "per fold and adds its datasets (default: whether the extractor ships one).")
    Boolean datasetModel;

    @Option(names = "--dataset-settings", paramLabel = "FILE", description = "With --cv: train the dataset models "
            + "with these CRF settings (a file like the shipped dataset-crf.properties).")
    Path datasetSettings;

    @Option(names = "--dataset-model-min", paramLabel = "P", description = "With --cv: keep only the dataset "
            + "model's spans with a probability of at least P (default: dataset-model.min-probability in "
            + "extraction.properties).")
    Double datasetModelMin;

    @Option(names = "--predictions", paramLabel = "DIR", description = "With --cv: also write each fold's "
            + "predictions (the JSON Lines export of its test papers' facts, what score.py reads) to DIR/fold-N.jsonl "
            + "(those of its --dataset-gold papers to DIR/datasets-fold-N.jsonl).")
    Path predictions;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1",
            description = "With --cv: run up to N folds at once (default: ${DEFAULT-VALUE}; same results).")
    int jobs;

    @Option(names = "--train-threads", paramLabel = "N", defaultValue = "1",
            description = "With --cv: gradient threads per mention-model training (default: ${DEFAULT-VALUE}).")
    int trainThreads;

    @Option(names = "--claim-rules", description = "With --cv: decide claims by the claim rules, not the trained classifier.")
    boolean claimRules;

    @Option(names = "--method-decision", negatable = true, description = "With --cv: whether the paper-level "
            + "method decision re-decides the mention model's methods and techniques (--no-method-decision keeps the "
            + "model's tags; default: the shipped choice in extraction.properties).")
    Boolean methodDecision;

    @Option(names = "--rules", description = "With --cv: find methods, techniques and datasets with the rules "
            + "alone (no mention model); claims still come from the fold's claim classifier unless --claim-rules is "
            + "also given (--rules --claim-rules: the rule-based extractor alone). The default when the extractor is "
            + "built without a mention model.")
    boolean rules;

    @Option(names = "--mention-model", description = "With --cv: train a mention model per fold and combine it with "
            + "the rules as extraction.properties says (the default when the extractor ships a mention model).")
    boolean mentionModel;

    @Mixin
    StoreOption store;

    @Option(names = "--details", description = "Also list, per gold paper, the misses and false positives.")
    boolean details;

    @Option(names = "--json", description = "Print the report as JSON (the keys of score.py --json).")
    boolean json;

    @Option(names = "--min-confidence", paramLabel = "C", defaultValue = "0",
            description = "Score only the facts whose confidence is at least C (0..1; default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--curve", description = "Also score at confidence thresholds "
            + "0, 0.3, 0.5, 0.6, 0.7, 0.8 and 0.9 (the confidence curve).")
    boolean curve;

    @Override
    public Integer call() throws IOException {
        if (cv != null) {
            return crossValidate();
        }
        if (golds == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--gold=FILE'");
        }
        if (golds.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give one --gold file (several only with --cv)");
        }
        Path gold = golds.get(0);
        GoldFile goldFile = GoldFile.read(gold);
        Dataset ds = StoreLib.open(store.layout());
        Score score;
        List<ConfidenceCurve.Point> points = List.of();
        try {
            score = new Scorer().score(goldFile, Predictions.fromStore(ds, minConfidence));
            if (curve) {
                points = ConfidenceCurve.measure(goldFile, t -> Predictions.fromStore(ds, t));
            }
        } finally {
            ds.close();
        }
        StringBuilder text = new StringBuilder();
        if (json) {
            ObjectNode report = score.toJson(details);
            if (curve) {
                report.set("curve", ConfidenceCurve.toJson(points));
            }
            text.append(PyJsonWriter.indented().write(report)).append('\n');
        } else {
            text.append(ScoreReport.table(score));
            if (curve) {
                text.append(ScoreReport.curve(points));
            }
            if (details) {
                text.append(ScoreReport.details(score));
            }
        }
        OutputStream out = main.out();
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }

    /** The shipped combination unless --rules or --mention-model says otherwise. */
    private CrossValidation.Mode mode() {
        if (rules && mentionModel) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --rules or --mention-model, not both");
        }
        if (rules) {
            return CrossValidation.Mode.RULES;
        }
        return mentionModel || MentionTagger.isBundled() ? CrossValidation.Mode.MODEL : CrossValidation.Mode.RULES;
    }

    private int crossValidate() throws IOException {
        if (cv < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cv needs at least 2 folds");
        }
        CrossValidation.Mode mode = mode();
        main.err().println("regkg: loading the NLP pipeline and the ontology ...");
        List<Path> goldFiles = golds != null ? golds
                : List.of(Path.of("data/gold/dev-gold.json"), Path.of("data/gold/train-gold.json"));
        List<GoldPaper> papers = GoldCorpus.load(goldFiles, inputs);
        Model ontology = Ontology.load();
        ConceptLexicon lexicon = ConceptLexicon.from(ontology);
        CrossValidation validation = new CrossValidation(new NlpPipeline(), lexicon, ontology, RuleSet.load(),
                QuantityWords.load(), TokenFeatures.standard(lexicon), main.err());
        if (modelCache != null) {
            validation.withModelCache(modelCache);
        }
        if (predictions != null) {
            validation.withPredictions(predictions);
        }
        if (datasetGolds != null) {
            validation.withDatasetPapers(GoldCorpus.load(datasetGolds, inputs));
        }
        if (datasetModel != null) {
            validation.withDatasetModel(datasetModel);
        }
        if (datasetSettings != null) {
            validation.withDatasetSettings(Files.readAllBytes(datasetSettings));
        }
        if (datasetModelMin != null) {
            validation.withDatasetModelMin(datasetModelMin);
        }
        validation.withClaimClassifier(!claimRules);
        validation.withJobs(jobs);
        validation.withTrainThreads(trainThreads);
        if (methodDecision != null) {
            validation.withMethodDecision(methodDecision);
        }
        if (mentionSettings != null) {
            validation.withMentionSettings(Files.readAllBytes(mentionSettings));
        }
        if (minProbability != null) {
            validation.withMinProbability(minProbability);
        }
        if (ruleKinds != null) {
            validation.withRuleKinds(Set.copyOf(ruleKinds));
        }
        Set<Integer> which = new TreeSet<>();
        if (onlyFolds != null) {
            onlyFolds.forEach(f -> which.add(f - 1));
        }
        main.err().printf("regkg: %d annotated papers, %d folds%n", papers.size(), cv);
        CvReport report = new CvReport(validation.run(papers, cv, which, mode));
        String text = json ? PyJsonWriter.indented().write(report.json()) + "\n" : report.table();
        if (details) {
            text += report.details();
        }
        OutputStream out = main.out();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }
}
