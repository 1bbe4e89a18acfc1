package org.regkg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.vocabulary.RDF;
import org.regkg.rdf.QueryLib;
import org.regkg.rdf.RK;

/**
 * Numbers the items of each long listing in the listing's order ({@code queries/ranks/*.rq}) and
 * writes the numbers into the derived graph, so a curated query reads one page of a listing by
 * rank instead of sorting the whole store on every request. Run inside a write transaction, after
 * the counts it orders by.
 */
final class ListingRanks {
    /**
     * One ranking: the query that orders the items, the property their rank is written with, and
     * which items of an incremental update may have moved in it.
     */
    record Ranking(String query, Property property, Items items) {
    }

    /** The items of a listing whose place an incremental update may have changed. */
    enum Items {
        PAPERS, METHODS, QUANTITIES, SHARED, PAIRS,
        /** None: the listing depends on the ontology only. */
        NONE
    }

    static final List<Ranking> RANKINGS = List.of(
            new Ranking("ranks/paper-rank.rq", RK.paperRank, Items.PAPERS),
            new Ranking("ranks/method-rank.rq", RK.methodRank, Items.METHODS),
            new Ranking("ranks/quantity-rank.rq", RK.quantityRank, Items.QUANTITIES),
            new Ranking("ranks/concept-rank.rq", RK.conceptRank, Items.NONE),
            new Ranking("ranks/dataset-rank.rq", RK.datasetRank, Items.SHARED),
            new Ranking("ranks/unlinked-technique-rank.rq", RK.unlinkedTechniqueRank, Items.SHARED),
            new Ranking("ranks/unlinked-paper-rank.rq", RK.unlinkedPaperRank, Items.PAPERS),
            new Ranking("ranks/pair-rank.rq", RK.pairRank, Items.PAIRS),
            new Ranking("ranks/dataset-quantity-rank.rq", RK.datasetQuantityRank, Items.QUANTITIES));

    private static final Var ITEM = Var.alloc("item");
    /** More changed items than this in one listing: it is ranked again whole (cheaper than placing each). */
    private static final int PLACE_AT_MOST = 256;

    private final List<Query> queries;

    ListingRanks() {
        this.queries = RANKINGS.stream().map(r -> QueryLib.read(r.query())).toList();
    }

    /** Writes every ranking into {@code derived}; {@code names} binds the graph-name variables. */
    void write(DatasetGraph dsg, Binding names, Node derived) {
        for (int i = 0; i < RANKINGS.size(); i++) {
            Node property = RANKINGS.get(i).property().asNode();
            List<Node> items = ordered(dsg, queries.get(i), names);
            long rank = 0;
            for (Node item : items) {
                rank++;
                dsg.add(derived, item, property, NodeFactory.createLiteralDT(Long.toString(rank), XSDDatatype.XSDinteger));
            }
        }
    }

    /**
     * Renumbers the listings an incremental update may have changed ({@code keys}; the new
     * co-occurrence records are read from the log) and writes only the ranks that differ from the
     * stored ones. Run inside the update's write transaction, after the keyed derive steps.
     */
    void update(LoggingDatasetGraph dsg, Binding names, Node derived, ChangedKeys keys) {
        for (int i = 0; i < RANKINGS.size(); i++) {
            Ranking r = RANKINGS.get(i);
            Set<Node> moved = moved(r.items(), keys, dsg, derived);
            if (moved.isEmpty()) {
                continue;
            }
            RankRows rows = new RankRows(dsg, derived, r.property().asNode());
            List<NodeId> order;
            if (moved.size() > PLACE_AT_MOST) {
                order = ordered(dsg, queries.get(i), names).stream().map(rows::id).toList();
            } else {
                order = new RankPlacement(dsg, queries.get(i), names).reorder(rows.stored(), rows.ids(moved), rows::term);
            }
            rows.write(order);
        }
    }

    /** The items of a listing an update may have moved (empty: the listing stays as it is). */
    private static Set<Node> moved(Items items, ChangedKeys keys, LoggingDatasetGraph dsg, Node derived) {
        return switch (items) {
            case PAPERS -> keys.papers();
            case METHODS -> keys.methods();
            case QUANTITIES -> keys.quantities();
            case SHARED -> keys.shared();
            case PAIRS -> dsg.log().subjects(derived, q -> q.getPredicate().equals(RDF.type.asNode())
                    && q.getObject().equals(RK.Cooccurrence.asNode()));
            case NONE -> Set.of();
        };
    }

    /** The items in the ranking's order, each once (at its first row). */
    private static List<Node> ordered(DatasetGraph dsg, Query query, Binding names) {
        Set<Node> seen = new HashSet<>();
        List<Node> items = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).substitution(names).build()) {
            RowSet rows = qe.select();
            rows.forEachRemaining(row -> {
                Node item = row.get(ITEM);
                if (item != null && seen.add(item)) {
                    items.add(item);
                }
            });
        }
        return items;
    }
}
