package org.regkg.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.regkg.rdf.MLS;
import org.regkg.rdf.OA;
import org.regkg.rdf.PROV;
import org.regkg.rdf.RK;
import org.regkg.rdf.RKC;
import org.regkg.rdf.SDO;

/**
 * The Java vocabulary classes match the ontology: every constant in a RegKG namespace names a
 * term the ontology defines, and every constant is named exactly as its local name.
 */
class VocabularyConstantsTest {
    static final List<Class<?>> VOCABULARIES = List.of(RK.class, RKC.class, SDO.class, OA.class, PROV.class, MLS.class);

    static List<Resource> constants(Class<?> vocabulary) throws IllegalAccessException {
        List<Resource> out = new ArrayList<>();
        for (Field f : vocabulary.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                out.add((Resource) f.get(null));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(classes = {RK.class, RKC.class})
    void everyConstantInOurNamespaceIsDefinedInTheOntology(Class<?> vocabulary) throws IllegalAccessException {
        Model ontology = Ontology.load();
        List<Resource> terms = constants(vocabulary);
        assertThat(terms).isNotEmpty();
        List<String> undefined = terms.stream()
                .filter(r -> r.getURI().startsWith(RK.NS) || r.getURI().startsWith(RKC.NS))
                .filter(r -> !ontology.contains(r, RDF.type))
                .map(Resource::getURI).toList();
        assertThat(undefined).isEmpty();
    }

    @Test
    void constantsAreNamedAsTheirLocalNames() throws IllegalAccessException {
        List<String> misnamed = new ArrayList<>();
        for (Class<?> v : VOCABULARIES) {
            for (Field f : v.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                    String uri = ((Resource) f.get(null)).getURI();
                    String local = uri.substring(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1);
                    if (!local.equals(f.getName())) {
                        misnamed.add(v.getSimpleName() + "." + f.getName() + " = " + uri);
                    }
                }
            }
        }
        assertThat(misnamed).isEmpty();
    }

    @Test
    void theOntologyConstantIsTheOntology() {
        Model ontology = Ontology.load();
        assertThat(ontology.contains(ontology.createResource(RK.ONTOLOGY), RDF.type, OWL.Ontology)).isTrue();
    }
}
