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
import org.regkg.rdf.QueryLib;
import org.regkg.rdf.RK;

/**
 * Numbers the items of each long listing in the listing's order ({@code queries/ranks/*.rq}) and
 * writes the numbers into the derived graph, so a curated query reads one page of a listing by
 * rank instead of sorting the whole store on every request. Run inside a write transaction, after
 * the counts it orders by.
 */
final class ListingRanks {
    /** One ranking: the query that orders the items and the property their rank is written with. */
    record Ranking(String query, Property property) {
    }

    static final List<Ranking> RANKINGS = List.of(
            new Ranking("ranks/paper-rank.rq", RK.paperRank),
            new Ranking("ranks/method-rank.rq", RK.methodRank),
            new Ranking("ranks/quantity-rank.rq", RK.quantityRank),
            new Ranking("ranks/concept-rank.rq", RK.conceptRank),
            new Ranking("ranks/dataset-rank.rq", RK.datasetRank),
            new Ranking("ranks/unlinked-technique-rank.rq", RK.unlinkedTechniqueRank),
            new Ranking("ranks/unlinked-paper-rank.rq", RK.unlinkedPaperRank),
            new Ranking("ranks/pair-rank.rq", RK.pairRank),
            new Ranking("ranks/dataset-quantity-rank.rq", RK.datasetQuantityRank));

    private static final Var ITEM = Var.alloc("item");

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
