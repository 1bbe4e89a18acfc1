package org.regkg.serve;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML templates ({@code org/regkg/serve/templates/*.mustache}). Mustache escapes every
 * {@code {{value}}} for HTML, so data never reaches a page unescaped; the templates use no
 * triple-brace (raw) output.
 */
public final class Templates {
    private static final String FOLDER = "org/regkg/serve/templates/";

    private final MustacheFactory factory = new DefaultMustacheFactory(FOLDER);
    private final Map<String, Object> site;

    /** @param site values every page sees (the endpoint path, the navigation) */
    public Templates(Map<String, Object> site) {
        this.site = Map.copyOf(site);
    }

    /** Renders {@code NAME.mustache} with {@code model} as an HTML response. */
    public void render(HttpServletResponse resp, int status, String name, Map<String, Object> model) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (Writer w = resp.getWriter()) {
            render(w, name, model);
        }
    }

    public void render(Writer w, String name, Map<String, Object> model) throws IOException {
        Mustache m = factory.compile(name + ".mustache");
        Map<String, Object> scope = new HashMap<>(model);
        scope.put("site", site);
        m.execute(w, List.of(scope)).flush();
    }
}
