package org.regkg.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.regkg.rdf.VOID;

/**
 * The counts of a store's VoID description, as the statistics graph holds them: triples, distinct
 * subjects and objects over the union of the other graphs, triples per property and entities per
 * class (the partitions), and quads per named graph. Read from and written to the statistics
 * graph; {@link VoidStatistics} counts them from scratch, {@link StatisticsUpdate} adjusts them.
 */
final class VoidCounts {
    long triples;
    long subjects;
    long objects;
    final Map<Node, Long> graphs = new LinkedHashMap<>();
    final Map<Node, Long> properties = new LinkedHashMap<>();
    final Map<Node, Long> classes = new LinkedHashMap<>();

    /** The counts the statistics graph of {@code dsg} holds now. */
    static VoidCounts read(DatasetGraph dsg, StoreGraphs names) {
        VoidCounts c = new VoidCounts();
        Node g = names.statistics();
        Node ds = names.voidDataset();
        c.triples = number(dsg, g, ds, VOID.triples.asNode());
        c.subjects = number(dsg, g, ds, VOID.distinctSubjects.asNode());
        c.objects = number(dsg, g, ds, VOID.distinctObjects.asNode());
        dsg.find(g, ds, VOID.classPartition.asNode(), Node.ANY).forEachRemaining(q ->
                c.classes.put(one(dsg, g, q.getObject(), VOID.class_.asNode()), number(dsg, g, q.getObject(), VOID.entities.asNode())));
        dsg.find(g, ds, VOID.propertyPartition.asNode(), Node.ANY).forEachRemaining(q ->
                c.properties.put(one(dsg, g, q.getObject(), VOID.property.asNode()), number(dsg, g, q.getObject(), VOID.triples.asNode())));
        dsg.find(g, ds, VOID.subset.asNode(), Node.ANY).forEachRemaining(q ->
                c.graphs.put(one(dsg, g, q.getObject(), VOID.sdName.asNode()), number(dsg, g, q.getObject(), VOID.triples.asNode())));
        return c;
    }

    /** The quads of every graph but the statistics graph. */
    long quads() {
        return graphs.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Replaces the statistics graph of {@code dsg} with these counts (partitions and graphs with none left out). */
    void write(DatasetGraph dsg, StoreGraphs names) {
        Node g = names.statistics();
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        Node ds = names.voidDataset();
        add(dsg, g, ds, RDF.type.asNode(), VOID.Dataset.asNode());
        add(dsg, g, ds, VOID.triples.asNode(), integer(triples));
        add(dsg, g, ds, VOID.entities.asNode(), integer(subjects));
        add(dsg, g, ds, VOID.distinctSubjects.asNode(), integer(subjects));
        add(dsg, g, ds, VOID.distinctObjects.asNode(), integer(objects));
        add(dsg, g, ds, VOID.classes.asNode(), integer(positive(classes)));
        add(dsg, g, ds, VOID.properties.asNode(), integer(positive(properties)));
        classes.forEach((cls, n) -> {
            if (n > 0) {
                Node part = NodeFactory.createBlankNode();
                add(dsg, g, ds, VOID.classPartition.asNode(), part);
                add(dsg, g, part, VOID.class_.asNode(), cls);
                add(dsg, g, part, VOID.entities.asNode(), integer(n));
            }
        });
        properties.forEach((p, n) -> {
            if (n > 0) {
                Node part = NodeFactory.createBlankNode();
                add(dsg, g, ds, VOID.propertyPartition.asNode(), part);
                add(dsg, g, part, VOID.property.asNode(), p);
                add(dsg, g, part, VOID.triples.asNode(), integer(n));
            }
        });
        graphs.forEach((graph, n) -> {
            if (n > 0) {
                Node subset = NodeFactory.createURI(graph.getURI() + "#void");
                add(dsg, g, ds, VOID.subset.asNode(), subset);
                add(dsg, g, subset, RDF.type.asNode(), VOID.Dataset.asNode());
                add(dsg, g, subset, VOID.sdName.asNode(), graph);
                add(dsg, g, subset, VOID.triples.asNode(), integer(n));
            }
        });
    }

    private static long positive(Map<Node, Long> counts) {
        return counts.values().stream().filter(n -> n > 0).count();
    }

    private static void add(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        dsg.add(Quad.create(g, s, p, o));
    }

    private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        if (!it.hasNext()) {
            throw new StoreException("the statistics graph lacks " + p + " of " + s + ": rebuild the store");
        }
        return it.next().getObject();
    }

    private static long number(DatasetGraph dsg, Node g, Node s, Node p) {
        Node n = one(dsg, g, s, p);
        if (!n.isLiteral()) {
            throw new StoreException("the statistics graph has a non-number " + p + " of " + s + ": rebuild the store");
        }
        return Long.parseLong(n.getLiteralLexicalForm());
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
