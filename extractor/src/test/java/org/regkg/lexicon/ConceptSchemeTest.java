package org.regkg.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regkg.rdf.RK;
import org.regkg.rdf.RKC;

/**
 * The concept scheme: every concept has a label, a definition and a path to a top concept; the
 * regularization hierarchy is large enough and covers the checklist of names; no label names two
 * concepts unless both say so; and the hierarchy answers "is this explicit regularization?".
 */
class ConceptSchemeTest {
    static final List<Property> LABELS = List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel);
    static final List<String> MECHANISMS = List.of("regularization-via-data", "regularization-via-architecture",
            "regularization-via-error-function", "regularization-via-regularization-term", "regularization-via-optimization");

    static Model ontology;
    static List<Resource> concepts;
    static Set<Resource> tops;

    @BeforeAll
    static void load() {
        ontology = Ontology.load();
        concepts = ontology.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        tops = new HashSet<>(ontology.listObjectsOfProperty(RKC.scheme, SKOS.hasTopConcept).mapWith(RDFNode::asResource).toList());
    }

    static Resource concept(String slug) {
        return ontology.createResource(RKC.NS + slug);
    }

    /** The concept and every concept above it by skos:broader. */
    static Set<Resource> ancestors(Resource c) {
        Set<Resource> seen = new HashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            Resource r = todo.remove(todo.size() - 1);
            if (seen.add(r)) {
                r.listProperties(SKOS.broader).forEachRemaining(s -> todo.add(s.getResource()));
            }
        }
        return seen;
    }

    static boolean isA(Resource c, String slug) {
        return ancestors(c).contains(concept(slug));
    }

    @Test
    void thereAreTwoTopConceptsAndEveryConceptIsTypedBothWays() {
        assertThat(tops).containsExactlyInAnyOrder(RKC.regularization, concept("ml-technique"));
        assertThat(concepts).hasSizeGreaterThanOrEqualTo(300);
        assertThat(concepts).allMatch(c -> c.hasProperty(RDF.type, RK.Concept) && c.hasProperty(SKOS.inScheme, RKC.scheme));
    }

    @Test
    void everyConceptHasOnePrefLabelAndADefinition() {
        List<String> bad = concepts.stream()
                .filter(c -> c.listProperties(SKOS.prefLabel).toList().size() != 1 || !c.hasProperty(SKOS.definition))
                .map(Resource::getURI).toList();
        assertThat(bad).isEmpty();
    }

    @Test
    void everyConceptReachesATopConcept() {
        List<String> orphans = concepts.stream()
                .filter(c -> ancestors(c).stream().noneMatch(tops::contains))
                .map(Resource::getURI).toList();
        assertThat(orphans).isEmpty();
    }

    @Test
    void noConceptIsItsOwnAncestor() {
        List<String> cyclic = new ArrayList<>();
        for (Resource c : concepts) {
            for (Resource parent : c.listProperties(SKOS.broader).mapWith(s -> s.getResource()).toList()) {
                if (ancestors(parent).contains(c)) {
                    cyclic.add(c.getURI());
                }
            }
        }
        assertThat(cyclic).isEmpty();
    }

    @Test
    void atLeast120ConceptsLieBelowRegularization() {
        long below = concepts.stream().filter(c -> !c.equals(RKC.regularization) && isA(c, "regularization")).count();
        assertThat(below).isGreaterThanOrEqualTo(120);
    }

    /**
     * Every regularizer reaches explicit or implicit regularization, and every leaf regularizer also
     * reaches a mechanism axis. Families above the leaves may cut across mechanisms (adaptive
     * regularization groups adaptive dropout, adaptive label smoothing, ...).
     */
    @Test
    void everyRegularizerIsExplicitOrImplicitAndEveryLeafHasAMechanism() {
        Set<Resource> axes = new HashSet<>();
        axes.add(RKC.regularization);
        axes.add(concept("explicit-regularization"));
        axes.add(concept("implicit-regularization"));
        MECHANISMS.forEach(m -> axes.add(concept(m)));
        Set<Resource> parents = new HashSet<>(ontology.listObjectsOfProperty(SKOS.broader).mapWith(RDFNode::asResource).toList());
        List<String> bad = new ArrayList<>();
        for (Resource c : concepts) {
            if (axes.contains(c) || !isA(c, "regularization")) {
                continue;
            }
            boolean leaf = !parents.contains(c);
            boolean mechanism = MECHANISMS.stream().anyMatch(m -> isA(c, m));
            boolean kind = isA(c, "explicit-regularization") || isA(c, "implicit-regularization");
            if (!kind || leaf && !mechanism) {
                bad.add(c.getLocalName() + (mechanism ? "" : " (no mechanism)") + (kind ? "" : " (neither explicit nor implicit)"));
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void noLabelNamesTwoConceptsUnlessBothAreDeliberatelyAmbiguous() {
        Map<String, Set<Resource>> byLabel = new HashMap<>();
        for (Resource c : concepts) {
            for (Property p : LABELS) {
                c.listProperties(p).forEachRemaining(s ->
                        byLabel.computeIfAbsent(s.getString().toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(c));
            }
        }
        List<String> clashes = new ArrayList<>();
        byLabel.forEach((label, owners) -> {
            boolean allMarked = owners.stream().allMatch(c -> c.hasLiteral(RK.deliberatelyAmbiguous, true));
            if (owners.size() > 1 && !allMarked) {
                clashes.add(label + " -> " + owners.stream().map(Resource::getLocalName).sorted().toList());
            }
        });
        assertThat(clashes).isEmpty();
    }

    @Test
    void labelsAreTrimmedAndTagged() {
        List<String> bad = new ArrayList<>();
        for (Resource c : concepts) {
            for (Property p : LABELS) {
                for (var s : c.listProperties(p).toList()) {
                    Literal l = s.getLiteral();
                    if (!l.getLanguage().equals("en") || !l.getString().equals(l.getString().strip()) || l.getString().isEmpty()) {
                        bad.add(c.getLocalName() + ": \"" + l.getString() + "\"");
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void thePapersWithCodeRegularizationNamesAreLabels() throws IOException {
        Set<String> labels = new HashSet<>();
        for (Resource c : concepts) {
            for (Property p : LABELS) {
                c.listProperties(p).forEachRemaining(s -> labels.add(s.getString().toLowerCase(Locale.ROOT)));
            }
        }
        List<String[]> names = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("lexicon/pwc-regularization-names.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    names.add(line.split("\t"));
                }
            }
        }
        assertThat(names).hasSize(51);
        List<String> missing = names.stream()
                .filter(n -> java.util.Arrays.stream(n).noneMatch(x -> labels.contains(x.toLowerCase(Locale.ROOT))))
                .map(n -> String.join(" / ", n)).toList();
        assertThat(missing).as("at least 90%% of the names must be labels; missing: %s", missing)
                .hasSizeLessThanOrEqualTo(names.size() / 10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dropout", "weight-decay", "l2-regularization", "cutout", "mixup", "label-smoothing", "early-stopping"})
    void explicitRegularizersAreFoundThroughTheHierarchy(String slug) {
        assertThat(isA(concept(slug), "explicit-regularization")).isTrue();
    }

    @Test
    void theImplicitRegularizationOfSgdIsImplicitAndSgdItselfIsNoRegularizer() {
        assertThat(isA(concept("implicit-regularization-of-sgd"), "implicit-regularization")).isTrue();
        assertThat(isA(concept("stochastic-gradient-descent"), "regularization")).isFalse();
        assertThat(isA(concept("batch-normalization"), "regularization")).isFalse();
    }
}
