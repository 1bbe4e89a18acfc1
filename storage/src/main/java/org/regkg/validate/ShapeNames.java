package org.regkg.validate;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;

/**
 * Readable names for shapes and nodes in a validation report: IRIs shortened with the shapes'
 * prefixes, and a property shape (a blank node in {@code shapes.ttl}) named after the node shape
 * that holds it and its path, e.g. {@code rks:QuantityShape / rk:value}.
 */
public final class ShapeNames {
    private final PrefixMap prefixes;
    private final Prologue prologue;
    private final Map<Node, String> names = new HashMap<>();

    ShapeNames(Shapes shapes) {
        this.prefixes = shapes.getPrefixMap();
        this.prologue = new Prologue(Prefixes.adapt(prefixes));
        for (Shape s : shapes.getShapeMap().values()) {
            if (s.getShapeNode().isURI()) {
                names.put(s.getShapeNode(), shorten(s.getShapeNode()));
            }
        }
        for (Shape s : shapes.getShapeMap().values()) {
            String owner = names.getOrDefault(s.getShapeNode(), "shape");
            for (PropertyShape p : s.getPropertyShapes()) {
                names.putIfAbsent(p.getShapeNode(), owner + " / " + path(p.getPath()));
            }
        }
    }

    /** The name of a shape node. */
    public String name(Node shape) {
        if (shape == null) {
            return "(no shape)";
        }
        return names.computeIfAbsent(shape, this::shorten);
    }

    /** A node as Turtle would abbreviate it: a prefixed name where a prefix fits, else {@code <iri>}. */
    public String shorten(Node n) {
        if (n == null) {
            return "";
        }
        return NodeFmtLib.str(n, prefixes);
    }

    /** A path with its IRIs shortened. */
    public String path(Path p) {
        return p == null ? "" : p.toString(prologue);
    }
}
