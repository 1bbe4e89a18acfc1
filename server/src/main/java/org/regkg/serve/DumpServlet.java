package org.regkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;

/**
 * Gzipped dumps of the whole store: {@code /dumps/regkg.ttl.gz} (Turtle, the union of the facts
 * and ontology graphs) and {@code /dumps/regkg.nq.gz} (N-Quads, graphs kept apart). Each is written
 * once, on first request, into the server's working folder.
 */
final class DumpServlet extends HttpServlet {
    static final Map<String, RDFFormat> DUMPS = Map.of(
            "regkg.ttl.gz", RDFFormat.TURTLE_BLOCKS, "regkg.nq.gz", RDFFormat.NQUADS);
    private static final Map<String, String> TYPES = Map.of(
            "regkg.ttl.gz", "text/turtle", "regkg.nq.gz", "application/n-quads");

    private final transient ServedStore store;
    private final transient Path dir;

    DumpServlet(ServedStore store, Path dir) {
        this.store = store;
        this.dir = dir;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        RDFFormat format = DUMPS.get(name);
        if (format == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path file = dump(name, format);
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        resp.setHeader("X-Dump-Content-Type", TYPES.get(name));
        resp.setContentLengthLong(Files.size(file));
        try (OutputStream out = resp.getOutputStream()) {
            Files.copy(file, out);
        }
    }

    /** The graph, seen with RegKG's prefixes (the store's own prefix table is not touched). */
    private static Graph withPrefixes(Graph g) {
        return new WrappedGraph(g) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return ResourceDescriber.PREFIXES;
            }
        };
    }

    private synchronized Path dump(String name, RDFFormat format) throws IOException {
        Path file = dir.resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(dir);
        Path tmp = dir.resolve(name + ".part");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            Txn.executeRead(store.dataset(), () -> {
                if (format.getLang().equals(RDFFormat.NQUADS.getLang())) {
                    RDFWriter.source(store.dataset()).format(format).output(out);
                } else {
                    RDFWriter.source(withPrefixes(store.union())).format(format).output(out);
                }
            });
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }
}
