package org.regkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.regkg.store.StoreException;

/**
 * The Fuseki configuration ({@code fuseki-config/config.ttl}) with a server's settings applied:
 * the store's folders replace {@code tdb2:location} and {@code text:directory}, and a timeout,
 * when given, replaces the {@code arq:queryTimeout} value. Everything else is as the file says.
 */
public final class FusekiConfigFile {
    /** Classpath folder the {@code fuseki-config/} files are copied to at build time. */
    public static final String FOLDER = "fuseki-config/";
    public static final String CONFIG = "config.ttl";
    public static final String CORS = "cors.properties";

    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String TEXT = "http://jena.apache.org/text#";
    static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    static final String TIMEOUT_NAME = "arq:queryTimeout";

    private FusekiConfigFile() {
    }

    /** The configuration graph for {@code settings}. */
    public static Model load(ServeSettings settings) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = open(settings.config(), CONFIG)) {
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///regkg/fuseki-config/config.ttl").parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Fuseki configuration", e);
        }
        Path root = settings.store().root().toAbsolutePath().normalize();
        replaceAll(m, m.createProperty(TDB2, "location"), m.createLiteral(root.resolve("tdb2").toString()));
        replaceAll(m, m.createProperty(TEXT, "directory"), m.createResource(root.resolve("text").toUri().toString()));
        if (settings.timeout() != null) {
            Property name = m.createProperty(JA, "cxtName");
            Property value = m.createProperty(JA, "cxtValue");
            for (Resource r : m.listSubjectsWithProperty(name, TIMEOUT_NAME).toList()) {
                r.removeAll(value);
                r.addProperty(value, Long.toString(settings.timeout().toMillis()));
            }
        }
        return m;
    }

    /** The CORS settings file beside the configuration, copied to a file Fuseki can read. */
    public static Path corsFile(ServeSettings settings, Path workDir) {
        try (InputStream in = open(settings.config(), CORS)) {
            Path out = workDir.resolve(CORS);
            Files.copy(in, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CORS settings", e);
        }
    }

    /** The query timeout the configuration declares, in milliseconds. */
    public static long timeoutMillis(Model config) {
        Property name = config.createProperty(JA, "cxtName");
        Property value = config.createProperty(JA, "cxtValue");
        List<Resource> rs = config.listSubjectsWithProperty(name, TIMEOUT_NAME).toList();
        if (rs.isEmpty()) {
            return -1;
        }
        return Long.parseLong(rs.get(0).getRequiredProperty(value).getString().split(",")[0].trim());
    }

    private static void replaceAll(Model m, Property p, RDFNode value) {
        List<Statement> old = m.listStatements(null, p, (RDFNode) null).toList();
        if (old.isEmpty()) {
            throw new StoreException("the Fuseki configuration declares no " + p.getLocalName());
        }
        for (Statement s : old) {
            m.remove(s);
            m.add(s.getSubject(), p, value);
        }
    }

    private static InputStream open(Path configFile, String name) throws IOException {
        if (configFile != null) {
            Path p = CONFIG.equals(name) ? configFile : configFile.resolveSibling(name);
            if (!Files.isRegularFile(p)) {
                throw new StoreException("no " + name + " at " + p);
            }
            return Files.newInputStream(p);
        }
        InputStream in = FusekiConfigFile.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("missing from the classpath: " + FOLDER + name);
        }
        return in;
    }
}
