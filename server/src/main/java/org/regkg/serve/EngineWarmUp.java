package org.regkg.serve;

import java.io.OutputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.regkg.rdf.QueryLib;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each curated query of {@code queries/} (but the whole-store exports) a few times before the
 * server takes requests, writing the rows as SPARQL JSON to nowhere, so the first requests do not
 * pay for the JVM compiling the query engine and the result writer. Nothing is kept: answers are
 * computed again for every request.
 *
 * <p>After the first {@link #ROUNDS} rounds it goes on, up to the {@code extra} time the server
 * allows, while the JIT compiler is still busy (it spent {@link #BUSY} or more of the last round's
 * time compiling): on 2 cores the compiler threads of a barely warmed server take CPU from the
 * first requests, and the 99th percentile latency of a 4-client run of the curated queries was
 * twice that of a second run on the same server.
 *
 * <p>Queries with arbitrary-length property paths ({@code skos:broader*}) are left out: Jena
 * evaluates such paths recursively, and compiled recursion goes deep enough faster that a runaway
 * path (HardeningIT's) overflows the stack before its timeout, inside TDB2's block reader, which
 * then fails every later read. Warming that recursion would make a server more fragile, not faster.
 */
final class EngineWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(EngineWarmUp.class);
    /** Runs of each query. */
    static final int ROUNDS = 5;
    /** The first rounds stop starting queries after this long. */
    static final long BUDGET_MILLIS = 15_000;
    /** The share of a round's time spent compiling above which the JVM counts as still warming up. */
    static final double BUSY = 0.10;
    /**
     * Rounds go on for at least this long (or the whole extra time, if shorter): a query's own code
     * paths reach the JIT's thresholds only after hundreds of runs, and a compiler that is idle
     * after 5 rounds was only waiting for them.
     */
    static final long MIN_MILLIS = 10_000;

    private EngineWarmUp() {
    }

    /** Whether the query holds a {@code *} or {@code +} property path. */
    static boolean hasRecursivePath(Query query) {
        boolean[] found = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                el.patternElts().forEachRemaining(tp -> {
                    if (!tp.isTriple() && (tp.getPath().toString().contains("*") || tp.getPath().toString().contains("+"))) {
                        found[0] = true;
                    }
                });
            }

            @Override
            public void visit(ElementSubQuery el) {
                found[0] |= hasRecursivePath(el.getQuery());
            }
        });
        return found[0];
    }

    static void run(ServedStore store, long timeoutMillis, Duration extra) {
        long start = System.currentTimeMillis();
        Map<String, Query> queries = new LinkedHashMap<>();
        for (String name : ExampleQueries.names()) {
            Query query = QueryLib.read(name);
            if (!name.startsWith("export-") && !hasRecursivePath(query)) {
                queries.put(name, query);
            }
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean measurable = jit != null && jit.isCompilationTimeMonitoringSupported();
        int rounds = 0;
        int runs = 0;
        while (true) {
            long roundStart = System.currentTimeMillis();
            long compiledBefore = measurable ? jit.getTotalCompilationTime() : 0;
            int done = round(store, timeoutMillis, queries, rounds < ROUNDS ? start + BUDGET_MILLIS : start + extra.toMillis());
            runs += done;
            rounds++;
            long roundMillis = System.currentTimeMillis() - roundStart;
            long compiling = measurable ? jit.getTotalCompilationTime() - compiledBefore : 0;
            if (!goOn(rounds, done == queries.size(), measurable, compiling, roundMillis,
                    System.currentTimeMillis() - start, extra.toMillis())) {
                break;
            }
        }
        // collect the warm-up's garbage now, so the first requests do not meet that collection
        System.gc();
        LOG.info("Warmed the query engine: {} rounds, {} runs of the curated queries in {} ms", rounds, runs,
                System.currentTimeMillis() - start);
    }

    /**
     * Whether to run another round after {@code rounds} rounds: always until {@link #ROUNDS} unless
     * the last round was cut short by the budget; then for at least {@link #MIN_MILLIS} (at most
     * {@code extraMillis}), and after that while the JIT compiler spent at least {@link #BUSY} of the
     * last round compiling and the {@code extraMillis} allowed are not used up.
     */
    static boolean goOn(int rounds, boolean roundComplete, boolean measurable, long compilingMillis, long roundMillis,
                        long elapsedMillis, long extraMillis) {
        if (!roundComplete) {
            return false;
        }
        if (rounds < ROUNDS) {
            return true;
        }
        if (elapsedMillis < Math.min(MIN_MILLIS, extraMillis)) {
            return true;
        }
        boolean stillCompiling = measurable && compilingMillis >= BUSY * Math.max(1, roundMillis);
        return stillCompiling && elapsedMillis < extraMillis;
    }

    /** Runs each query once, unless {@code deadline} passes first; returns how many ran. */
    private static int round(ServedStore store, long timeoutMillis, Map<String, Query> queries, long deadline) {
        int runs = 0;
        for (Map.Entry<String, Query> e : queries.entrySet()) {
            if (System.currentTimeMillis() > deadline) {
                return runs;
            }
            try {
                store.read(() -> {
                    try (QueryExec qe = QueryExec.dataset(store.dataset()).query(e.getValue())
                            .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                        RowSet rows = qe.select();
                        ResultSetMgr.write(OutputStream.nullOutputStream(), ResultSet.adapt(rows), ResultSetLang.RS_JSON);
                    }
                    return null;
                });
            } catch (RuntimeException ex) {
                LOG.warn("warm-up: {} failed: {}", e.getKey(), ex.getMessage());
            }
            runs++;
        }
        return runs;
    }
}
