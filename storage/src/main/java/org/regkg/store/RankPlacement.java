package org.regkg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Puts the items an incremental update changed back into a listing's stored order without
 * sorting the listing again: each changed item's sort key is read by the ranking query itself
 * with {@code ?item} bound (all its variables selected; the first row in the query's order is the
 * item's key, as in a full ranking, which numbers an item at its first row), and it is placed by
 * binary search among the unchanged items, comparing keys with the query's own ORDER BY
 * ({@link BindingComparator}, as Jena sorts). So a change costs a few lookups per changed item
 * and logarithmically many per listing, and the order is the one a full ranking gives.
 */
final class RankPlacement {
    private static final Var ITEM = Var.alloc("item");

    private final DatasetGraph dsg;
    private final Query probe;
    private final Binding names;
    private final Comparator<Binding> order;
    private final Map<Node, Optional<Binding>> keys = new HashMap<>();

    RankPlacement(DatasetGraph dsg, Query ranking, Binding names) {
        this.dsg = dsg;
        this.names = names;
        this.order = new BindingComparator(ranking.getOrderBy());
        this.probe = ranking.cloneQuery();
        probe.getProject().clear();
        probe.setQueryResultStar(true);
        probe.resetResultVars();
    }

    /**
     * The listing's order now: {@code stored} (the items in their stored order) with the
     * {@code moved} items taken out and put back where they belong, or left out when the
     * listing no longer holds them.
     */
    <T> List<T> reorder(List<T> stored, Set<T> moved, Function<T, Node> term) {
        List<T> clean = new ArrayList<>(stored.size());
        for (T n : stored) {
            if (!moved.contains(n)) {
                clean.add(n);
            }
        }
        List<T> placed = new ArrayList<>();
        for (T n : moved) {
            if (key(term.apply(n)).isPresent()) {
                placed.add(n);
            }
        }
        placed.sort((a, b) -> order.compare(key(term.apply(a)).orElseThrow(), key(term.apply(b)).orElseThrow()));
        List<T> out = new ArrayList<>(clean.size() + placed.size());
        int from = 0;
        for (T n : placed) {
            int at = insertionPoint(clean, from, key(term.apply(n)).orElseThrow(), term);
            out.addAll(clean.subList(from, at));
            out.add(n);
            from = at;
        }
        out.addAll(clean.subList(from, clean.size()));
        return out;
    }

    /** The first index in {@code items[from..]} whose key sorts after {@code key}. */
    private <T> int insertionPoint(List<T> items, int from, Binding key, Function<T, Node> term) {
        int lo = from;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Node item = term.apply(items.get(mid));
            Binding other = key(item).orElseThrow(() ->
                    new StoreException("a ranked item is no longer in its listing: " + item + "; rebuild the store"));
            if (order.compare(other, key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The item's first row in the listing's order (with every variable of the query), empty when it is not listed. */
    private Optional<Binding> key(Node item) {
        return keys.computeIfAbsent(item, n -> {
            Binding bound = BindingFactory.binding(names, ITEM, n);
            try (QueryExec qe = QueryExec.dataset(dsg).query(probe).substitution(bound).build()) {
                RowSet rows = qe.select();
                if (!rows.hasNext()) {
                    return Optional.empty();
                }
                Binding row = rows.next();
                return Optional.of(row.contains(ITEM) ? row : BindingFactory.binding(row, ITEM, n));
            }
        });
    }
}
