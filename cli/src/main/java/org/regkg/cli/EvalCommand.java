package org.regkg.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
import org.regkg.store.StoreLib;
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

    @Option(names = "--gold", paramLabel = "FILE", required = true,
            description = "The gold file: a JSON array of annotated papers; papers are paired by normalised title.")
    Path gold;

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
}
