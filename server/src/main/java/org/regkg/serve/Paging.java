package org.regkg.serve;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The paging parameters of the listing queries of {@code queries/} ({@code ?page}, {@code ?pageSize}):
 * a listing reads the items whose materialized rank falls on the page.
 */
final class Paging {
    /** Items per page of a browse table. */
    static final int PAGE_SIZE = 100;

    private Paging() {
    }

    /** The parameters of page {@code page} (1 = first) of {@link #PAGE_SIZE} items. */
    static Map<String, Node> page(int page) {
        return Map.of("page", integer(Math.max(page, 1)), "pageSize", integer(PAGE_SIZE));
    }

    /** The parameters that put every item on the first page. */
    static Map<String, Node> all() {
        return Map.of("page", integer(1), "pageSize", integer(Integer.MAX_VALUE));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
