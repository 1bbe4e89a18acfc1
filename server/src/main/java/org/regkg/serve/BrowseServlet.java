package org.regkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** {@code /browse/papers|methods|techniques|datasets|results}. */
final class BrowseServlet extends HttpServlet {
    private final transient SiteContext site;
    private final transient BrowsePages pages;

    BrowseServlet(SiteContext site) {
        this.site = site;
        this.pages = new BrowsePages(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String what = req.getPathInfo() == null ? "" : req.getPathInfo();
        Map<String, Object> page;
        String template = "browse-table";
        int n = pageNumber(req.getParameter("page"));
        switch (what) {
            case "/papers" -> page = pages.papers(n);
            case "/methods" -> page = pages.methods(n);
            case "/datasets" -> page = pages.datasets(n);
            case "/techniques" -> {
                page = pages.techniques("1".equals(req.getParameter("all")), n);
                template = "browse-techniques";
            }
            case "/results" -> {
                page = pages.results(n);
                template = "browse-results";
            }
            default -> {
                site.notFound(resp, "No browse page " + what);
                return;
            }
        }
        site.templates().render(resp, HttpServletResponse.SC_OK, template, page);
    }

    /** The 1-based page number of {@code ?page=N}; 1 when it is missing or not a number in range. */
    static int pageNumber(String param) {
        if (param == null || !param.matches("[0-9]{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(param));
    }
}
