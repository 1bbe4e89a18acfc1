package org.regkg.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.regkg.rdf.QueryLib;

/**
 * The served dataset as the pages read it: the union of the facts and ontology graphs, and the
 * queries of {@code queries/} run with their parameters bound by substitution.
 */
public final class ServedStore {
    private final DatasetGraph dsg;
    private final long timeoutMillis;
    private final Map<String, Query> queries = new java.util.concurrent.ConcurrentHashMap<>();

    /** The pages' view of {@code dsg}; their queries stop after {@code timeoutMillis}, the server's query timeout. */
    public ServedStore(DatasetGraph dsg, long timeoutMillis) {
        this.dsg = dsg;
        this.timeoutMillis = timeoutMillis > 0 ? timeoutMillis : 10_000;
    }

    /** The query timeout of the server, in milliseconds. */
    public long timeoutMillis() {
        return timeoutMillis;
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    /** The union graph; use inside {@link #read}. */
    public Graph union() {
        return dsg.getUnionGraph();
    }

    public <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dsg, action);
    }

    /** Runs {@code queries/NAME} with the given bindings; rows map variable names to nodes. */
    public List<Map<String, Node>> select(String name, Map<String, Node> params) {
        return select(name, params, 0, Query.NOLIMIT);
    }

    /**
     * One page of {@code queries/NAME}: at most {@code limit} rows from row {@code offset} on
     * (the query's own ORDER BY makes pages stable).
     */
    public List<Map<String, Node>> select(String name, Map<String, Node> params, long offset, long limit) {
        Query q = queries.computeIfAbsent(name, QueryLib::read);
        if (offset > 0 || limit != Query.NOLIMIT) {
            q = q.cloneQuery();
            q.setOffset(offset);
            q.setLimit(limit);
        }
        Query query = q;
        BindingBuilder b = BindingBuilder.create();
        params.forEach((k, v) -> b.add(Var.alloc(k), v));
        Binding binding = b.build();
        return read(() -> {
            List<Map<String, Node>> rows = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).substitution(binding)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                RowSet rs = qe.select();
                List<Var> vars = rs.getResultVars();
                rs.forEachRemaining(row -> {
                    Map<String, Node> m = new HashMap<>();
                    for (Var v : vars) {
                        Node n = row.get(v);
                        if (n != null) {
                            m.put(v.getVarName(), n);
                        }
                    }
                    rows.add(m);
                });
            }
            return rows;
        });
    }

    public List<Map<String, Node>> select(String name) {
        return select(name, Map.of());
    }
}
