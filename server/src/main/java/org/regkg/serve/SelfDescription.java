package org.regkg.serve;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.regkg.store.StoreGraphs;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.regkg.rdf.MLS;
import org.regkg.rdf.OA;
import org.regkg.rdf.PROV;
import org.regkg.rdf.RK;
import org.regkg.rdf.RKC;
import org.regkg.rdf.SDO;

/**
 * The server's description of itself: VoID for the dataset (sizes, classes, properties,
 * vocabularies, endpoint, dumps) and a SPARQL 1.1 Service Description for the endpoint. The
 * statistics are the build's statistics graph, read once, never counted here; the URLs are under
 * the site's published base (serve --base), never the request's Host header.
 */
final class SelfDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final SiteContext site;
    private Stats stats;

    /**
     * The build's statistics: the VoID dataset node, its triple count, and the triples of each
     * named graph.
     */
    record Stats(Node dataset, long triples, Map<Node, Long> graphs, Graph graph) {
    }

    SelfDescription(SiteContext site) {
        this.site = site;
    }

    /** Where the site is published (see {@link SiteContext#origin()}). */
    String origin() {
        return site.origin();
    }

    /** Read once from the statistics graph the build wrote; nothing is counted here. */
    synchronized Stats stats() {
        if (stats == null) {
            stats = read();
        }
        return stats;
    }

    private Stats read() {
        ServedStore store = site.store();
        StoreGraphs graphs = StoreGraphs.of(site.iris().base());
        return store.read(() -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().getGraph(graphs.statistics()).find().forEachRemaining(copy::add);
            Node ds = graphs.voidDataset();
            long triples = copy.find(ds, org.regkg.rdf.VOID.triples.asNode(), Node.ANY).nextOptional()
                    .map(t -> number(t.getObject())).orElse(0L);
            Map<Node, Long> counts = new java.util.LinkedHashMap<>();
            copy.find(ds, org.regkg.rdf.VOID.subset.asNode(), Node.ANY).forEach(t -> {
                Node subset = t.getObject();
                copy.find(subset, org.regkg.rdf.VOID.sdName.asNode(), Node.ANY).forEach(n -> counts.put(n.getObject(),
                        copy.find(subset, org.regkg.rdf.VOID.triples.asNode(), Node.ANY).nextOptional().map(x -> number(x.getObject())).orElse(0L)));
            });
            return new Stats(ds, triples, counts, copy);
        });
    }

    /**
     * The VoID description; {@code origin} is the server's scheme, host and port. The counts and
     * partitions are the build's statistics graph as it is; this adds the description, endpoint,
     * dumps and vocabularies.
     */
    Model voidModel(String origin) {
        Stats s = stats();
        Model m = model();
        s.graph().find().forEachRemaining(m.getGraph()::add);
        Resource ds = m.wrapAsResource(s.dataset())
                .addProperty(DCTerms.title, "RegKG")
                .addProperty(DCTerms.description, "A knowledge graph of claims about regularization in machine-learning paper "
                        + "abstracts: papers, proposed methods, techniques linked to a SKOS concept scheme, datasets, "
                        + "claimed results with their numbers, and the evidence sentence of every fact.")
                .addProperty(FOAF.homepage, m.createResource(origin + "/"))
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(origin + site.endpointPath()))
                .addProperty(m.createProperty(VOID, "uriSpace"), site.iris().base());
        for (String dump : DumpServlet.DUMPS.keySet().stream().sorted().toList()) {
            ds.addProperty(m.createProperty(VOID, "dataDump"), m.createResource(origin + "/dumps/" + dump));
        }
        for (String vocab : List.of(RK.NS, RKC.NS, SKOS.getURI(), DCTerms.getURI(), OA.NS, PROV.NS, SDO.NS, MLS.NS,
                RDFS.getURI(), OWL.getURI(), FOAF.getURI())) {
            ds.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(vocab));
        }
        ds.addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(RKC.regularization.getURI()));
        return m;
    }

    /** The SPARQL 1.1 Service Description of the endpoint at {@code endpointUrl}. */
    Model serviceDescription(String endpointUrl, String origin) {
        Stats s = stats();
        Model m = model();
        Resource defaultGraph = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addLiteral(m.createProperty(VOID, "triples"), s.triples());
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), defaultGraph);
        s.graphs().forEach((g, n) -> dataset.addProperty(m.createProperty(SD, "namedGraph"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                .addProperty(m.createProperty(SD, "name"), m.wrapAsResource(g))
                .addProperty(m.createProperty(SD, "graph"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Graph"))
                        .addLiteral(m.createProperty(VOID, "triples"), (long) n))));
        Resource service = m.createResource(endpointUrl + "#service")
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpointUrl))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(m.createProperty(SD, "propertyFeature"), m.createResource("http://jena.apache.org/text#query"))
                .addProperty(m.createProperty(SD, "defaultDataset"), dataset)
                .addProperty(RDFS.seeAlso, m.createResource(origin + "/.well-known/void"));
        if (site.federated()) {
            service.addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "BasicFederatedQuery"));
        }
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML")) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        }
        return m;
    }

    private static long number(Node n) {
        return Long.parseLong(n.getLiteralLexicalForm());
    }

    private static Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(ResourceDescriber.PREFIXES);
        m.setNsPrefix("void", VOID).setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS);
        return m;
    }
}
