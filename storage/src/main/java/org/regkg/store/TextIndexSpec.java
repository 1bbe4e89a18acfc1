package org.regkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.FSDirectory;
import org.regkg.rdf.RK;

/**
 * What the text index holds: one Lucene field, {@code text}, over titles, abstracts, labels and
 * claim sentences. {@code fuseki-config/config.ttl} declares the same map: keep them in step.
 */
public final class TextIndexSpec {
    public static final String ENTITY_FIELD = "uri";
    public static final String TEXT_FIELD = "text";

    /** The indexed predicates; the first is the primary one (text:query without a property). */
    public static final List<Node> PREDICATES = List.of(
            RDFS.label.asNode(), DCTerms.title.asNode(), DCTerms.abstract_.asNode(),
            SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), RK.claimText.asNode());

    private TextIndexSpec() {
    }

    public static EntityDefinition entityDefinition() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD, PREDICATES.get(0));
        for (Node p : PREDICATES.subList(1, PREDICATES.size())) {
            def.set(TEXT_FIELD, p);
        }
        return def;
    }

    /** Opens (or creates) the Lucene index in {@code dir}. */
    public static TextIndex open(Path dir) {
        try {
            TextIndexConfig config = new TextIndexConfig(entityDefinition());
            config.setValueStored(false);
            return TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index at " + dir, e);
        }
    }
}
