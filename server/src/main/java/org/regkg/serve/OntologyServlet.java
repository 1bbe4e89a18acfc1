package org.regkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.regkg.rdf.RK;
import org.regkg.rdf.RKC;
import org.regkg.serve.PageParts.Link;

/**
 * The ontology's namespace document, {@code /ontology} (where w3id.org/regkg/ontology redirects in
 * production): HTML documentation of every class and property, with an anchor per term so that
 * {@code rk:Paper} resolves to {@code /ontology#Paper}; or the whole ontology graph as RDF.
 */
final class OntologyServlet extends HttpServlet {
    private static final Node ONTOLOGY = NodeFactory.createURI(RK.ONTOLOGY);

    private final transient SiteContext site;

    OntologyServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<RdfFormat> format = ContentNegotiation.choose(req);
        if (format.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE);
            return;
        }
        ServedStore store = site.store();
        if (!format.get().isHtml()) {
            Graph copy = store.read(() -> {
                Graph g = GraphFactory.createDefaultGraph();
                g.getPrefixMapping().setNsPrefixes(ResourceDescriber.PREFIXES);
                store.dataset().getGraph(ONTOLOGY).find().forEach(g::add);
                return g;
            });
            RdfResponse.write(resp, copy, format.get());
            return;
        }
        Map<String, Object> page = store.read(() -> model(store.dataset().getGraph(ONTOLOGY)));
        page.put("formats", ResourceServlet.formats(IriMap.ONTOLOGY_PATH));
        resp.setHeader("Vary", "Accept");
        site.templates().render(resp, HttpServletResponse.SC_OK, "ontology", page);
    }

    private Map<String, Object> model(Graph g) {
        LinkMaker links = site.links();
        Map<String, Object> page = new HashMap<>();
        page.put("title", links.labels().label(ONTOLOGY));
        page.put("iri", RK.ONTOLOGY);
        page.put("description", literal(g, ONTOLOGY, NodeFactory.createURI("http://purl.org/dc/terms/description")));
        page.put("version", literal(g, ONTOLOGY, OWL.versionInfo.asNode()));
        page.put("scheme", links.link(RKC.scheme.asNode()));
        List<Link> tops = new ArrayList<>();
        g.find(RKC.scheme.asNode(), SKOS.hasTopConcept.asNode(), Node.ANY).forEach(t -> tops.add(links.link(t.getObject())));
        page.put("topConcepts", tops);
        page.put("classes", terms(g, List.of(OWL.Class.asNode())));
        page.put("properties", terms(g, List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
                OWL.AnnotationProperty.asNode())));
        return page;
    }

    private List<Map<String, Object>> terms(Graph g, List<Node> types) {
        LinkMaker links = site.links();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Node type : types) {
            for (Node t : g.find(Node.ANY, RDF.type.asNode(), type).mapWith(x -> x.getSubject()).toList()) {
                if (!t.isURI() || !t.getURI().startsWith(RK.NS)) {
                    continue;
                }
                Map<String, Object> term = new HashMap<>();
                term.put("anchor", t.getURI().substring(RK.NS.length()));
                term.put("iri", t.getURI());
                term.put("label", links.labels().label(t));
                term.put("kind", links.labels().label(type));
                term.put("definition", literal(g, t, SKOS.definition.asNode()));
                term.put("comment", literal(g, t, RDFS.comment.asNode()));
                term.put("domain", objects(g, t, RDFS.domain.asNode()));
                term.put("range", objects(g, t, RDFS.range.asNode()));
                List<Link> parents = objects(g, t, RDFS.subClassOf.asNode());
                parents.addAll(objects(g, t, RDFS.subPropertyOf.asNode()));
                term.put("parents", parents);
                out.add(term);
            }
        }
        out.sort(Comparator.comparing(m -> (String) m.get("anchor")));
        return out;
    }

    private List<Link> objects(Graph g, Node s, Node p) {
        List<Link> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEach(t -> {
            if (t.getObject().isURI()) {
                out.add(site.links().link(t.getObject()));
            }
        });
        return out;
    }

    private static String literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) {
                    return o.getLiteralLexicalForm();
                }
            }
            return null;
        } finally {
            it.close();
        }
    }
}
