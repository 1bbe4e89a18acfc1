// Benchmark: the CPU cost of every curated query (queries/*.rq except export-*), run in-process
// against a built store with its documented defaults and its results written as SPARQL JSON, as
// the server would. Thread CPU time does not depend on what else the machine runs, so it is the
// number to compare on a shared machine; wall time is printed beside it.
// Usage: java -cp "$(cat cli/target/classpath.txt)" bench/QueryCost.java STORE [RUNS]
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.regkg.store.StoreLayout;
import org.regkg.store.StoreLib;

public class QueryCost {
    public static void main(String[] args) throws Exception {
        Dataset ds = StoreLib.open(new StoreLayout(Path.of(args[0])));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Path> files;
        try (var s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq") && !p.getFileName().toString().startsWith("export-")).sorted().toList();
        }
        System.out.println("query\trows\tcpu_p50_ms\tcpu_max_ms\twall_p50_ms");
        for (Path f : files) {
            var q = QueryFactory.read(f.toString());
            double[] cpu = new double[runs];
            double[] wall = new double[runs];
            long rows = 0;
            for (int i = -3; i < runs; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                long[] n = new long[1];
                Txn.executeRead(ds, () -> {
                    try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                        var rs = qe.execSelect().rewindable();
                        n[0] = rs.size();
                        rs.reset();
                        ResultSetFormatter.outputAsJSON(OutputStream.nullOutputStream(), rs);
                    }
                });
                if (i >= 0) {
                    cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
                    wall[i] = (System.nanoTime() - w0) / 1e6;
                }
                rows = n[0];
            }
            Arrays.sort(cpu);
            Arrays.sort(wall);
            System.out.printf("%s\t%d\t%.1f\t%.1f\t%.1f%n", f.getFileName(), rows, cpu[runs / 2], cpu[runs - 1], wall[runs / 2]);
        }
        ds.close();
    }
}
