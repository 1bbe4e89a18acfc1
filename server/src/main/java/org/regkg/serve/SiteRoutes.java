package org.regkg.serve;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;

/** Where RegKG's pages live on the server, beside Fuseki's {@code /regkg/*} and {@code /$/*}. */
final class SiteRoutes {
    /** The top-level path segments of minted IRIs (see org.regkg.rdf.IriMinter). */
    static final List<String> MINTED = List.of("paper", "technique", "dataset", "graph", "extraction", "agent");

    private SiteRoutes() {
    }

    static void install(FusekiServer.Builder b, SiteContext site, Path workDir, int maxQueries) {
        ResourceServlet resources = new ResourceServlet(site);
        for (String segment : MINTED) {
            b.addServlet("/" + segment + "/*", resources);
        }
        b.addServlet("/concept/*", resources);
        b.addServlet("/ontology", new OntologyServlet(site));
        b.addServlet("", new HomeServlet(site, new ExampleQueries()));
        b.addServlet("/browse/*", new BrowseServlet(site));
        b.addServlet("/search", new SearchServlet(site));
        b.addServlet("/trends", new TrendsServlet(site));
        SelfDescription self = new SelfDescription(site);
        b.addServlet("/.well-known/void", new VoidServlet(self));
        b.addFilter("/*", new RequestLimitFilter());
        b.addFilter(ServeSettings.DATASET + "/*", new ServiceDescriptionFilter(self));
        b.addFilter(ServeSettings.DATASET + "/*", new GraphStoreFilter(site.store()));
        b.addFilter(ServeSettings.DATASET + "/*", new QueryAdmissionFilter(maxQueries, site.store().timeoutMillis()));
        b.addServlet("/dumps/*", new DumpServlet(site.store(), workDir.resolve("dumps")));
        b.addServlet("/static/*", new StaticServlet());
    }
}
