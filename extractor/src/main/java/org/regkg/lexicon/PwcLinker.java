package org.regkg.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Links the concepts of the scheme to the Papers with Code method pages of the same technique
 * ({@code skos:closeMatch}): a concept's preferred or alternative label, normalised, equals a
 * method's name or full name, normalised. The links are a separate linkset under CC BY-SA 4.0 with
 * attribution to Papers with Code, loaded into its own graph, so the CC BY ontology stays CC BY.
 *
 * <p>Reproducible: {@code java ... org.regkg.lexicon.PwcLinker ../shared/reference/pwc-methods.json ontology/pwc-links.ttl}
 * (see README) rewrites {@code ontology/pwc-links.ttl} from the Papers with Code methods list.
 */
public final class PwcLinker {
    /** The linkset, also the name of the store graph holding it. */
    public static final String GRAPH = "https://w3id.org/regkg/links/paperswithcode";
    public static final String FILE = "pwc-links.ttl";
    static final String CC_BY_SA = "https://creativecommons.org/licenses/by-sa/4.0/";
    static final String PWC_METHODS = "https://paperswithcode.com/methods";
    /** Normalised labels shorter than this are too ambiguous to match on (e.g. "bn", "l1"). */
    static final int MIN_KEY = 3;

    private PwcLinker() {
    }

    /** A label as compared: NFKD without accents, lower case, letters and digits in single-spaced words. */
    static String key(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Concept IRI to the PwC method page URLs it matches, from the scheme and the PwC methods list. */
    static Map<String, Set<String>> match(Model scheme, JsonNode methods) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (JsonNode m : methods) {
            String url = m.path("url").asText("");
            if (!url.startsWith("https://paperswithcode.com/method/")) {
                continue;
            }
            for (String field : List.of("name", "full_name")) {
                String k = key(m.path(field).asText(""));
                if (k.length() >= MIN_KEY) {
                    List<String> urls = byKey.computeIfAbsent(k, x -> new ArrayList<>());
                    if (!urls.contains(url)) {
                        urls.add(url);
                    }
                }
            }
        }
        Map<String, Set<String>> out = new TreeMap<>();
        for (Resource c : scheme.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            if (!c.isURIResource()) {
                continue;
            }
            Set<String> found = new TreeSet<>(matches(c, SKOS.prefLabel.getURI(), byKey));
            if (found.isEmpty()) {
                found.addAll(matches(c, SKOS.altLabel.getURI(), byKey));
            }
            if (!found.isEmpty()) {
                out.put(c.getURI(), found);
            }
        }
        return out;
    }

    private static Set<String> matches(Resource c, String property, Map<String, List<String>> byKey) {
        Set<String> out = new TreeSet<>();
        for (Statement s : c.listProperties(c.getModel().createProperty(property)).toList()) {
            if (s.getObject().isLiteral()) {
                out.addAll(byKey.getOrDefault(key(s.getString()), List.of()));
            }
        }
        return out;
    }

    /** The linkset: its description (licence, source, attribution) and the links. */
    static Model linkset(Map<String, Set<String>> links) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("skos", SKOS.getURI());
        m.setNsPrefix("dcterms", DCTerms.getURI());
        m.setNsPrefix("rdfs", RDFS.getURI());
        m.setNsPrefix("rkc", "https://w3id.org/regkg/concept/");
        m.setNsPrefix("pwc", "https://paperswithcode.com/method/");
        m.setNsPrefix("void", "http://rdfs.org/ns/void#");
        Resource set = m.createResource(GRAPH)
                .addProperty(RDF.type, m.createResource("http://rdfs.org/ns/void#Linkset"))
                .addProperty(RDFS.label, "RegKG concepts linked to Papers with Code methods", "en")
                .addProperty(DCTerms.description, "skos:closeMatch links from the RegKG concept scheme to the Papers with Code "
                        + "method pages of the same technique, matched on normalised labels (concept preferred or alternative "
                        + "label = method name or full name). Derived from the Papers with Code methods list (2022 snapshot), "
                        + "which is licensed CC BY-SA 4.0; this linkset is therefore licensed CC BY-SA 4.0 as well.", "en")
                .addProperty(DCTerms.license, m.createResource(CC_BY_SA))
                .addProperty(DCTerms.source, m.createResource(PWC_METHODS))
                .addProperty(DCTerms.rightsHolder, "Papers with Code (paperswithcode.com), CC BY-SA 4.0")
                .addProperty(DCTerms.creator, m.createResource("https://w3id.org/regkg/ontology"))
                .addProperty(m.createProperty("http://rdfs.org/ns/void#linkPredicate"), SKOS.closeMatch);
        links.forEach((concept, urls) -> urls.forEach(u -> m.createResource(concept).addProperty(SKOS.closeMatch, m.createResource(u))));
        set.addLiteral(m.createProperty("http://rdfs.org/ns/void#triples"), (long) links.values().stream().mapToInt(Set::size).sum());
        return m;
    }

    /** Reads the linkset shipped on the classpath ({@code ontology/pwc-links.ttl}). */
    public static Model load() {
        Model m = ModelFactory.createDefaultModel();
        try (var in = PwcLinker.class.getClassLoader().getResourceAsStream(Ontology.FOLDER + FILE)) {
            if (in == null) {
                throw new IllegalStateException("linkset missing from the classpath: " + Ontology.FOLDER + FILE);
            }
            org.apache.jena.riot.RDFParser.source(in).lang(org.apache.jena.riot.Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return m;
    }

    /** {@code PwcLinker PWC_METHODS_JSON OUTPUT_TTL}: writes the linkset for the shipped scheme. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PwcLinker PWC_METHODS_JSON OUTPUT_TTL");
        }
        JsonNode methods = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Model out = linkset(match(Ontology.load(), methods));
        try (OutputStream o = Files.newOutputStream(Path.of(args[1]))) {
            o.write(("# Papers with Code links of the RegKG concept scheme. Licence: CC BY-SA 4.0\n"
                    + "# (https://creativecommons.org/licenses/by-sa/4.0/), derived from the Papers with Code methods\n"
                    + "# list (https://paperswithcode.com/methods). Generated by org.regkg.lexicon.PwcLinker; do not edit.\n\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            RDFDataMgr.write(o, out, RDFFormat.TURTLE_PRETTY);
        }
    }
}
