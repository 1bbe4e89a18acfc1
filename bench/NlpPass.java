// Benchmark: RegKG's own CoreNLP pass (extractor/.../nlp/pipeline.properties: tokenize, ssplit,
// pos, lemma with RegKG's tokenizer options) over the titles and abstracts of a JSON Lines corpus
// with N threads, nothing else: the NLP part of a build, to run under different JVM options
// beside ../shared/tools/BareCoreNLP.java (the anchor, CoreNLP's defaults).
// Usage: java [JVM options] -cp "extractor/target/classes:$(cat cli/target/classpath.txt)" bench/NlpPass.java CORPUS.jsonl THREADS
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.regkg.nlp.NlpPipeline;

public class NlpPass {
    public static void main(String[] args) throws Exception {
        ObjectMapper om = new ObjectMapper();
        List<String[]> papers = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                JsonNode n = om.readTree(line);
                papers.add(new String[] {n.path("title").asText(), n.path("abstract").asText()});
            }
        }
        long t0 = System.nanoTime();
        NlpPipeline nlp = new NlpPipeline();
        long t1 = System.nanoTime();
        ExecutorService ex = Executors.newFixedThreadPool(Integer.parseInt(args[1]));
        for (String[] x : papers) {
            ex.submit(() -> { nlp.annotate(x[0]); nlp.annotate(x[1]); });
        }
        ex.shutdown();
        ex.awaitTermination(1, TimeUnit.HOURS);
        long t2 = System.nanoTime();
        System.out.printf("RegKG NLP pass: %d papers, setup %.1f s, annotate %.1f s, %.1f papers/s%n",
                papers.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, papers.size() / ((t2 - t1) / 1e9));
    }
}
