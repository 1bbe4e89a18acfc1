import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.regkg.facts.PaperFacts;
import org.regkg.ingest.InputException;
import org.regkg.ingest.Paper;
import org.regkg.ingest.PaperSource;
import org.regkg.ingest.PaperSources;
import org.regkg.lexicon.Ontology;
import org.regkg.nlp.PaperExtractor;
import org.regkg.rdf.FactsToRdf;
import org.regkg.rdf.IriMinter;
import org.regkg.rdf.QueryLib;
import org.regkg.rdf.RK;
import org.regkg.validate.GraphValidator;
import org.regkg.validate.ValidationOutcome;

/**
 * Bench run (not a CI test): extracts every paper of a JSON Lines corpus, writes its facts as
 * RDF and validates each paper on its own (its facts with the ontology) against the SHACL shapes;
 * also checks, across all papers, that no shared technique or dataset IRI links two concepts.
 * Prints each failing paper (origin, id, first violation) and a count per violated shape, so
 * each class of minting bug can be found and given a fixture test.
 *
 * Run with bench/minting-sweep.sh (it sets the classpath).
 */
public final class MintingSweep {
    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        long limit = args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE;
        int threads = Runtime.getRuntime().availableProcessors();
        PrintStream out = System.out;
        PaperExtractor extractor = PaperExtractor.standard();
        GraphValidator validator = GraphValidator.standard();
        Model ontology = Ontology.load();
        IriMinter iris = new IriMinter(IriMinter.DEFAULT_BASE);
        Node rkConcept = NodeFactory.createURI(RK.concept.getURI());
        Map<String, Set<String>> conceptsOf = new TreeMap<>();
        Map<String, String> firstPaperOf = new TreeMap<>();
        Map<String, Long> failingShapes = new TreeMap<>();
        long papers = 0;
        long failed = 0;
        long invalid = 0;
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Deque<Future<PaperFacts>> window = new ArrayDeque<>();
        try (PaperSource source = new PaperSources().open(input, null)) {
            while (papers + window.size() + invalid < limit) {
                Paper p;
                try {
                    if (!source.hasNext()) {
                        break;
                    }
                    p = source.next();
                } catch (InputException e) {
                    invalid++;
                    continue;
                }
                Paper paper = p;
                window.add(pool.submit(() -> extractor.extract(paper)));
                if (window.size() < threads * 4) {
                    continue;
                }
                PaperFacts facts = window.removeFirst().get();
                papers++;
                if (!check(facts, iris, ontology, validator, rkConcept, conceptsOf, firstPaperOf, failingShapes, out)) {
                    failed++;
                }
                if (papers % 500 == 0) {
                    out.printf(Locale.ROOT, "# %d papers, %d failed, %.0f s%n", papers, failed, (System.nanoTime() - started) / 1e9);
                    out.flush();
                }
            }
            while (!window.isEmpty()) {
                PaperFacts facts = window.removeFirst().get();
                papers++;
                if (!check(facts, iris, ontology, validator, rkConcept, conceptsOf, firstPaperOf, failingShapes, out)) {
                    failed++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long clashes = 0;
        for (Map.Entry<String, Set<String>> e : conceptsOf.entrySet()) {
            if (e.getValue().size() > 1) {
                clashes++;
                out.println("CROSS-PAPER " + e.getKey() + " links " + e.getValue() + " (first in " + firstPaperOf.get(e.getKey()) + ")");
            }
        }
        out.printf(Locale.ROOT, "%n== %d papers (%d invalid records), %d fail validation alone, %d shared IRIs link >1 concept; %.0f s%n",
                papers, invalid, failed, clashes, (System.nanoTime() - started) / 1e9);
        failingShapes.forEach((k, v) -> out.printf(Locale.ROOT, "%8d papers  %s%n", v, k));
    }

    private static boolean check(PaperFacts facts, IriMinter iris, Model ontology, GraphValidator validator, Node rkConcept,
                                 Map<String, Set<String>> conceptsOf, Map<String, String> firstPaperOf,
                                 Map<String, Long> failingShapes, PrintStream out) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.begin(org.apache.jena.query.TxnType.WRITE);
        ontology.getGraph().find().forEachRemaining(t -> dsg.add(NodeFactory.createURI(RK.ONTOLOGY), t.getSubject(), t.getPredicate(), t.getObject()));
        FactsToRdf rdf = new FactsToRdf(iris, StreamRDFLib.dataset(dsg), "sweep");
        rdf.writeActivity("sweep");
        rdf.write(facts);
        UpdateExec.dataset(dsg).update(QueryLib.readUpdate("label-shared-entities.ru")).execute();
        dsg.commit();
        dsg.end();
        Node factsGraph = NodeFactory.createURI(iris.factsGraph());
        dsg.getGraph(factsGraph).find(Node.ANY, rkConcept, Node.ANY).forEachRemaining((Triple t) -> {
            String s = t.getSubject().getURI();
            conceptsOf.computeIfAbsent(s, k -> new TreeSet<>()).add(t.getObject().getURI());
            firstPaperOf.putIfAbsent(s, facts.paper().origin() + " " + facts.paper().id());
        });
        ValidationOutcome outcome = validator.validate(dsg);
        if (outcome.conforms()) {
            return true;
        }
        ReportEntry first = outcome.entries().get(0);
        Set<String> shapes = new TreeSet<>(outcome.countsByShape().keySet());
        shapes.forEach(s -> failingShapes.merge(s, 1L, Long::sum));
        out.println("FAIL " + facts.paper().origin() + " " + facts.paper().id() + ": " + outcome.entries().size()
                + " results; first: " + outcome.shapeOf(first) + " at " + first.focusNode() + ": " + first.message()
                + " | shapes " + shapes);
        out.flush();
        return false;
    }
}
