package org.regkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a plain GET of the query endpoint (no {@code query} parameter) with the SPARQL 1.1
 * Service Description, as the Service Description spec asks; every other request goes on to Fuseki.
 */
final class ServiceDescriptionFilter implements Filter {
    private static final Set<String> ENDPOINTS = Set.of(ServeSettings.DATASET + "/sparql", ServeSettings.DATASET + "/query");

    private final SelfDescription self;

    ServiceDescriptionFilter(SelfDescription self) {
        this.self = self;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean describe = ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))
                && ENDPOINTS.contains(path) && req.getParameterMap().isEmpty();
        if (!describe) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        Optional<RdfFormat> f = ContentNegotiation.choose(req);
        if (f.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE);
            return;
        }
        RdfFormat format = f.get().isHtml() ? RdfFormat.TURTLE : f.get();
        String origin = self.origin();
        RdfResponse.write(resp, self.serviceDescription(origin + path, origin).getGraph(), format);
    }
}
