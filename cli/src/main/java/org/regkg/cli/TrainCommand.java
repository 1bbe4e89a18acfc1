package org.regkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.regkg.lexicon.ConceptLexicon;
import org.regkg.nlp.NlpPipeline;
import org.regkg.nlp.RuleSet;
import org.regkg.nlp.TokenFeatures;
import org.regkg.train.GoldCorpus;
import org.regkg.train.GoldPaper;
import org.regkg.train.ModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code regkg train}: rebuilds the learned models from gold annotations. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the learned extraction models (the CRF mention model, the claim classifier and, with "
                + "--dataset-gold, the CRF dataset model) on gold annotation files "
                + "(shared/eval/GUIDELINES.md) and writes them into a folder. Same data, byte-identical models. "
                + "To ship them, train into extractor/src/main/resources/org/regkg/models/."})
final class TrainCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--gold", paramLabel = "FILE", required = true,
            description = "A gold file (JSON array of annotated papers); repeat for several.")
    List<Path> golds;

    @Option(names = "--input", paramLabel = "FILE", required = true,
            description = "An input file holding the gold papers' texts: a listing (gold ids that are numbers are "
                    + "positions in it) or JSON Lines/JSON (gold ids are record ids); repeat for several.")
    List<Path> inputs;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Gradient threads for the mention model (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--mention-settings", paramLabel = "FILE", description = "Train the mention model with these CRF "
            + "feature and training settings (default: the shipped mention-crf.properties).")
    Path mentionSettings;

    @Option(names = "--dataset-gold", paramLabel = "FILE", description = "A gold file that annotates datasets alone "
            + "(e.g. ../shared/peer/tdmsci-train-gold.json, its texts from --input); with it the dataset model "
            + "(datasets.crf.ser.gz) is trained on the datasets of every gold file and of these; repeat for several.")
    List<Path> datasetGolds;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the model files.")
    Path out;

    @Override
    public Integer call() throws IOException {
        main.err().println("regkg: loading the NLP pipeline and the ontology ...");
        List<GoldPaper> papers = GoldCorpus.load(golds, inputs);
        ConceptLexicon lexicon = ConceptLexicon.fromOntology();
        ModelTrainer trainer = new ModelTrainer(new NlpPipeline(), TokenFeatures.standard(lexicon), RuleSet.load(), threads, main.err());
        if (mentionSettings != null) {
            trainer.withMentionSettings(Files.readAllBytes(mentionSettings));
        }
        if (datasetGolds != null) {
            trainer.withDatasetPapers(GoldCorpus.load(datasetGolds, inputs));
        }
        for (Path p : trainer.train(papers, out)) {
            main.err().printf("regkg: wrote %s (%d bytes, sha256 %s)%n", p, Files.size(p), sha256(p));
        }
        return 0;
    }

    private static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
