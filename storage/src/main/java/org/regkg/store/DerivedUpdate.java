package org.regkg.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateRequest;
import org.regkg.rdf.QueryLib;
import org.regkg.rdf.RK;

/**
 * Brings the derived graph up to date after an incremental update changed the facts graph, in
 * proportion to the change: the keyed steps of {@code queries/update/} delete and derive again
 * only what belongs to the papers, techniques, methods, datasets, concepts and concept pairs the
 * change touched ({@link ChangedKeys}), and the listing ranks are renumbered only where changed
 * items moved ({@link ListingRanks#update}). Run inside the update's write transaction, on the
 * logging dataset, so that every derived quad written or deleted is in the log as well.
 */
public final class DerivedUpdate {
    private final StoreGraphs graphs;
    private final UpdateRequest entityClosure = QueryLib.readUpdate("update/entity-closure.ru");
    private final UpdateRequest paper = QueryLib.readUpdate("update/paper.ru");
    private final UpdateRequest sharedEntity = QueryLib.readUpdate("update/shared-entity.ru");
    private final UpdateRequest concept = QueryLib.readUpdate("update/concept.ru");
    private final UpdateRequest pair = QueryLib.readUpdate("update/concept-pair.ru");
    private final ListingRanks ranks = new ListingRanks();

    public DerivedUpdate(StoreGraphs graphs) {
        this.graphs = graphs;
    }

    /** Updates the derived graph for the facts changes logged so far in {@code dsg}'s log. */
    public void apply(LoggingDatasetGraph dsg) {
        ChangedKeys keys = ChangedKeys.of(dsg, dsg.log(), graphs);
        Set<Node> concepts = new LinkedHashSet<>(keys.techniqueConcepts());
        for (Node e : keys.linked()) {
            run(dsg, entityClosure, "entity", e);
        }
        for (Node p : keys.papers()) {
            // the concepts the paper was under, before its closure is derived again
            dsg.find(graphs.derived(), p, RK.underConcept.asNode(), Node.ANY).forEachRemaining(q -> concepts.add(q.getObject()));
            run(dsg, paper, "paper", p);
            dsg.find(graphs.derived(), p, RK.underConcept.asNode(), Node.ANY).forEachRemaining(q -> concepts.add(q.getObject()));
        }
        for (Node e : keys.shared()) {
            run(dsg, sharedEntity, "entity", e);
        }
        for (Node c : concepts) {
            run(dsg, concept, "concept", c);
        }
        for (List<Node> ab : keys.pairs()) {
            UpdateExec.dataset(dsg).update(pair).substitution(names().add(Var.alloc("a"), ab.get(0)).add(Var.alloc("b"), ab.get(1)).build())
                    .execute();
        }
        ranks.update(dsg, names().build(), graphs.derived(), keys);
    }

    private void run(LoggingDatasetGraph dsg, UpdateRequest update, String var, Node key) {
        UpdateExec.dataset(dsg).update(update).substitution(names().add(Var.alloc(var), key).build()).execute();
    }

    private org.apache.jena.sparql.engine.binding.BindingBuilder names() {
        return BindingFactory.builder()
                .add(Var.alloc("facts"), graphs.facts())
                .add(Var.alloc("ontology"), graphs.ontology())
                .add(Var.alloc("derived"), graphs.derived());
    }
}
