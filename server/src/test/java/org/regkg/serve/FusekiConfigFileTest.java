package org.regkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.junit.jupiter.api.Test;
import org.regkg.rdf.IriMinter;
import org.regkg.store.StoreLayout;
import org.regkg.store.TextIndexSpec;

class FusekiConfigFileTest {
    static final Path CONFIG = Path.of(System.getProperty("regkg.root", "..")).resolve("fuseki-config/config.ttl");
    static final String TEXT = FusekiConfigFile.TEXT;

    private static Model load(Duration timeout) {
        return FusekiConfigFile.load(new ServeSettings(new StoreLayout(Path.of("/data/kg")), "127.0.0.1", 0, timeout,
                CONFIG, IriMinter.DEFAULT_BASE));
    }

    @Test
    void theTextMapDeclaresExactlyWhatTheBuildIndexes() {
        Model m = load(null);
        Resource map = m.listSubjectsWithProperty(m.createProperty(TEXT, "entityField")).next();
        assertThat(map.getProperty(m.createProperty(TEXT, "entityField")).getString()).isEqualTo(TextIndexSpec.ENTITY_FIELD);
        assertThat(map.getProperty(m.createProperty(TEXT, "defaultField")).getString()).isEqualTo(TextIndexSpec.TEXT_FIELD);
        List<RDFNode> entries = map.getProperty(m.createProperty(TEXT, "map")).getList().asJavaList();
        List<String> predicates = entries.stream()
                .map(e -> e.asResource().getPropertyResourceValue(m.createProperty(TEXT, "predicate")).getURI()).toList();
        assertThat(predicates).containsExactlyElementsOf(TextIndexSpec.PREDICATES.stream().map(n -> n.getURI()).toList());
        assertThat(entries).allSatisfy(e -> assertThat(e.asResource().getProperty(m.createProperty(TEXT, "field")).getString())
                .isEqualTo(TextIndexSpec.TEXT_FIELD));
    }

    @Test
    void theStoreFoldersAndTheTimeoutComeFromTheSettings() {
        Model m = load(Duration.ofMillis(2500));
        Statement loc = m.listStatements(null, m.createProperty(FusekiConfigFile.TDB2, "location"), (RDFNode) null).next();
        assertThat(loc.getString()).isEqualTo("/data/kg/tdb2");
        Statement dir = m.listStatements(null, m.createProperty(TEXT, "directory"), (RDFNode) null).next();
        assertThat(dir.getResource().getURI()).isEqualTo("file:///data/kg/text");
        assertThat(FusekiConfigFile.timeoutMillis(m)).isEqualTo(2500);
        assertThat(FusekiConfigFile.timeoutMillis(load(null))).isEqualTo(10_000);
    }

    @Test
    void theConfigurationOffersNoUpdate() {
        Model m = load(null);
        String fuseki = "http://jena.apache.org/fuseki#";
        assertThat(m.listObjectsOfProperty(m.createProperty(fuseki, "operation")).toList())
                .extracting(n -> n.asResource().getLocalName()).containsOnly("query", "gsp-r");
        assertThat(m.contains(null, m.createProperty("http://jena.apache.org/2016/tdb#", "unionDefaultGraph"),
                m.createTypedLiteral(true))).isTrue();
    }
}
