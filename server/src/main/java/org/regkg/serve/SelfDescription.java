package org.regkg.serve;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
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
 * statistics are counted once; the URLs are under the site's published base (serve --base), never
 * the request's Host header.
 */
final class SelfDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final SiteContext site;
    private Stats stats;

    /** Counts over the union graph and per named graph. */
    record Stats(long triples, long subjects, long objects, Map<Node, Long> graphs,
                 List<Map<String, Node>> classes, List<Map<String, Node>> properties) {
    }

    SelfDescription(SiteContext site) {
        this.site = site;
    }

    /** Where the site is published (see {@link SiteContext#origin()}). */
    String origin() {
        return site.origin();
    }

    synchronized Stats stats() {
        if (stats == null) {
            stats = count();
        }
        return stats;
    }

    private Stats count() {
        ServedStore store = site.store();
        var classes = store.select("class-counts.rq");
        var properties = store.select("property-counts.rq");
        return store.read(() -> {
            Graph g = store.union();
            long triples = g.size();
            long subjects = g.find().mapWith(t -> t.getSubject()).toSet().size();
            long objects = g.find().mapWith(t -> t.getObject()).toSet().size();
            Map<Node, Long> graphs = new java.util.LinkedHashMap<>();
            store.dataset().listGraphNodes().forEachRemaining(n -> graphs.put(n, (long) store.dataset().getGraph(n).size()));
            return new Stats(triples, subjects, objects, graphs, classes, properties);
        });
    }

    /** The VoID description; {@code origin} is the server's scheme, host and port. */
    Model voidModel(String origin) {
        Stats s = stats();
        Model m = model();
        Resource ds = m.createResource(origin + "/.well-known/void#regkg")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, "RegKG")
                .addProperty(DCTerms.description, "A knowledge graph of claims about regularization in machine-learning paper "
                        + "abstracts: papers, proposed methods, techniques linked to a SKOS concept scheme, datasets, "
                        + "claimed results with their numbers, and the evidence sentence of every fact.")
                .addProperty(FOAF.homepage, m.createResource(origin + "/"))
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(origin + site.endpointPath()))
                .addProperty(m.createProperty(VOID, "uriSpace"), site.iris().base())
                .addLiteral(m.createProperty(VOID, "triples"), s.triples())
                .addLiteral(m.createProperty(VOID, "distinctSubjects"), s.subjects())
                .addLiteral(m.createProperty(VOID, "distinctObjects"), s.objects())
                .addLiteral(m.createProperty(VOID, "classes"), (long) s.classes().size())
                .addLiteral(m.createProperty(VOID, "properties"), (long) s.properties().size())
                .addLiteral(m.createProperty(VOID, "entities"), s.subjects());
        for (String dump : DumpServlet.DUMPS.keySet().stream().sorted().toList()) {
            ds.addProperty(m.createProperty(VOID, "dataDump"), m.createResource(origin + "/dumps/" + dump));
        }
        for (String vocab : List.of(RK.NS, RKC.NS, SKOS.getURI(), DCTerms.getURI(), OA.NS, PROV.NS, SDO.NS, MLS.NS,
                RDFS.getURI(), OWL.getURI(), FOAF.getURI())) {
            ds.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(vocab));
        }
        ds.addProperty(m.createProperty(VOID, "exampleResource"), m.createResource(RKC.regularization.getURI()));
        for (var row : s.classes()) {
            ds.addProperty(m.createProperty(VOID, "classPartition"), m.createResource()
                    .addProperty(m.createProperty(VOID, "class"), m.wrapAsResource(row.get("class")))
                    .addLiteral(m.createProperty(VOID, "entities"), number(row.get("entities"))));
        }
        for (var row : s.properties()) {
            ds.addProperty(m.createProperty(VOID, "propertyPartition"), m.createResource()
                    .addProperty(m.createProperty(VOID, "property"), m.wrapAsResource(row.get("property")))
                    .addLiteral(m.createProperty(VOID, "triples"), number(row.get("triples"))));
        }
        s.graphs().forEach((g, n) -> ds.addProperty(m.createProperty(VOID, "subset"), m.createResource(g.getURI() + "#void")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(m.createProperty(SD, "name"), m.wrapAsResource(g))
                .addLiteral(m.createProperty(VOID, "triples"), (long) n)));
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
