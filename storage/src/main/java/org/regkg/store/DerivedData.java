package org.regkg.store;

import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateRequest;
import org.regkg.rdf.QueryLib;

/**
 * What the build derives from the facts and the ontology into the derived graph, so queries look
 * it up instead of recomputing it per request: labels of shared techniques and datasets, the
 * concept closure {@code rk:underConcept}, counts, papers per year of each concept, and the ranks
 * the long listings page by ({@link ListingRanks}). Each step is a SPARQL Update or query of
 * {@code queries/}, run with the graph names bound. Run inside a write transaction. (An add or
 * remove keeps the derived graph up to date key by key instead: {@link DerivedUpdate}.)
 */
public final class DerivedData {
    /** The updates, in order (the counts read the closure). */
    static final List<String> UPDATES = List.of("label-shared-entities.ru", "materialize-closure.ru", "materialize-counts.ru", "materialize-regularizers.ru",
            "materialize-trends.ru");

    private final StoreGraphs graphs;
    private final List<UpdateRequest> updates;
    private final ListingRanks ranks = new ListingRanks();

    public DerivedData(StoreGraphs graphs) {
        this.graphs = graphs;
        this.updates = UPDATES.stream().map(QueryLib::readUpdate).toList();
    }

    /** Replaces the derived graph with what the facts and ontology graphs imply now. */
    public void recompute(DatasetGraph dsg) {
        dsg.removeGraph(graphs.derived());
        run(dsg);
    }

    private void run(DatasetGraph dsg) {
        Binding names = BindingFactory.builder()
                .add(Var.alloc("facts"), graphs.facts())
                .add(Var.alloc("ontology"), graphs.ontology())
                .add(Var.alloc("derived"), graphs.derived())
                .build();
        for (UpdateRequest u : updates) {
            UpdateExec.dataset(dsg).update(u).substitution(names).execute();
        }
        ranks.write(dsg, names, graphs.derived());
    }
}
