package org.regkg.store;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.regkg.rdf.OA;
import org.regkg.rdf.RK;

/**
 * What the facts changes of an incremental update (its {@link QuadLog}) touch, read before the
 * derived graph is brought up to date: the papers added, replaced or removed; the techniques and
 * methods whose concept link came or went; the shared techniques and datasets the changed papers
 * named (before or after); and the concepts of the techniques each changed paper used (before or
 * after), whose pairs are the co-occurrences to recount. Every set may hold more than changed
 * (recounting an unchanged key changes nothing), never less.
 */
record ChangedKeys(Set<Node> papers, Set<Node> linked, Set<Node> shared, Set<Node> techniqueConcepts,
                   Set<List<Node>> pairs, Set<Node> methods, Set<Node> quantities) {

    private static final Node TYPE = RDF.type.asNode();
    private static final Set<Node> SHARED_TYPES = Set.of(RK.Technique.asNode(), RK.Dataset.asNode());

    static ChangedKeys of(DatasetGraph dsg, QuadLog log, StoreGraphs names) {
        Node facts = names.facts();
        Set<Node> papers = log.subjects(facts, q -> q.getPredicate().equals(TYPE) && q.getObject().equals(RK.Paper.asNode()));
        Set<Node> linked = log.subjects(facts, q -> q.getPredicate().equals(RK.concept.asNode()));
        Set<Node> candidates = new LinkedHashSet<>();
        for (Node p : List.of(RK.usesTechnique.asNode(), RK.evaluatedOn.asNode(), RK.onDataset.asNode(), OA.hasBody.asNode())) {
            candidates.addAll(log.objects(facts, p));
        }
        candidates.addAll(log.subjects(facts, q -> q.getPredicate().equals(SKOS.altLabel.asNode())
                || q.getPredicate().equals(TYPE) && SHARED_TYPES.contains(q.getObject())));
        Set<Node> typedInLog = log.subjects(facts, q -> q.getPredicate().equals(TYPE) && SHARED_TYPES.contains(q.getObject()));
        Set<Node> shared = new LinkedHashSet<>();
        for (Node c : candidates) {
            if (typedInLog.contains(c) || SHARED_TYPES.stream().anyMatch(t -> dsg.contains(facts, c, TYPE, t))) {
                shared.add(c);
            }
        }
        Map<Node, Set<Node>> used = new HashMap<>();
        Map<Node, Set<Node>> loggedConcepts = new HashMap<>();
        for (Quad q : log.quads()) {
            if (q.getGraph().equals(facts) && q.getPredicate().equals(RK.usesTechnique.asNode())) {
                used.computeIfAbsent(q.getSubject(), k -> new LinkedHashSet<>()).add(q.getObject());
            } else if (q.getGraph().equals(facts) && q.getPredicate().equals(RK.concept.asNode())) {
                loggedConcepts.computeIfAbsent(q.getSubject(), k -> new LinkedHashSet<>()).add(q.getObject());
            }
        }
        Set<Node> techniqueConcepts = new LinkedHashSet<>();
        Set<List<Node>> pairs = new LinkedHashSet<>();
        for (Node paper : papers) {
            Set<Node> concepts = new TreeSet<>(Comparator.comparing(Node::toString));
            for (Node technique : used.getOrDefault(paper, Set.of())) {
                // linked now, or before the update deleted the technique
                dsg.find(facts, technique, RK.concept.asNode(), Node.ANY).forEachRemaining(q -> concepts.add(q.getObject()));
                concepts.addAll(loggedConcepts.getOrDefault(technique, Set.of()));
            }
            techniqueConcepts.addAll(concepts);
            for (Node a : concepts) {
                for (Node b : concepts) {
                    if (a.isURI() && b.isURI() && a.getURI().compareTo(b.getURI()) < 0) {
                        pairs.add(List.of(a, b));
                    }
                }
            }
        }
        Set<Node> methods = log.objects(facts, RK.proposes.asNode());
        Set<Node> quantities = log.objects(facts, RK.hasQuantity.asNode());
        return new ChangedKeys(papers, linked, shared, techniqueConcepts, pairs, methods, quantities);
    }
}
