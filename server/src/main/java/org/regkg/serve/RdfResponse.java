package org.regkg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;

/** Writes a graph as the response body in one of the RDF formats. */
final class RdfResponse {
    private RdfResponse() {
    }

    static void write(HttpServletResponse resp, Graph graph, RdfFormat format) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.mediaType() + ";charset=utf-8");
        resp.setHeader("Vary", "Accept");
        try (OutputStream out = resp.getOutputStream()) {
            RDFWriter.source(graph).format(format.rdfFormat()).output(out);
        }
    }
}
