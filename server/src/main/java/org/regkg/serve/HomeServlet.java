package org.regkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** The query UI at {@code /}: a SPARQL editor on the endpoint, the example queries, search, browse links. */
final class HomeServlet extends HttpServlet {
    private static final String FIRST_EXAMPLE = "regularization-by-dataset.rq";

    private final transient SiteContext site;
    private final transient ExampleQueries examples;

    HomeServlet(SiteContext site, ExampleQueries examples) {
        this.site = site;
        this.examples = examples;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, Object> page = new HashMap<>();
        page.put("title", "RegKG: query and browse");
        page.put("yasgui", true);
        page.put("examples", examples.all());
        page.put("initial", examples.all().stream().filter(e -> e.name().equals(FIRST_EXAMPLE))
                .findFirst().orElse(examples.all().get(0)).text());
        site.templates().render(resp, HttpServletResponse.SC_OK, "index", page);
    }
}
