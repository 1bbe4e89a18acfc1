package org.regkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Keeps the read-only Graph Store Protocol from serialising the whole store on every request:
 * a read of the whole dataset, of the default (union) graph, or of a named graph larger than
 * {@link #MAX_TRIPLES} is redirected (303) to the gzipped dump, which is written once. Small
 * graphs (the ontology) are served as Fuseki serves them.
 */
final class GraphStoreFilter implements Filter {
    static final long MAX_TRIPLES = 50_000;
    private static final Set<String> GSP = Set.of(ServeSettings.DATASET, ServeSettings.DATASET + "/data", ServeSettings.DATASET + "/get");

    private final ServedStore store;

    GraphStoreFilter(ServedStore store) {
        this.store = store;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (!read || !GSP.contains(path) || req.getParameter("query") != null) {
            chain.doFilter(request, response);
            return;
        }
        String graph = req.getParameter("graph");
        boolean whole = graph == null && req.getParameter("default") == null;
        if (whole || graph == null || isLarge(graph)) {
            String dump = whole ? "regkg.nq.gz" : "regkg.ttl.gz";
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", req.getContextPath() + "/dumps/" + dump);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isLarge(String graph) {
        Node g = NodeFactory.createURI(graph);
        return store.read(() -> {
            Iterator<?> it = store.dataset().getGraph(g).find();
            long n = 0;
            while (it.hasNext() && n <= MAX_TRIPLES) {
                it.next();
                n++;
            }
            return n > MAX_TRIPLES;
        });
    }
}
