package org.regkg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The {@code sh:sparql} constraints of a set of shapes, each compiled once and run once over a
 * whole graph with {@code $this} left free, instead of once per focus node (which is what a SHACL
 * engine does, re-compiling the query each time).
 *
 * <p>It answers one question: could any focus node violate one of these constraints? When a
 * constraint's {@code $this} is bound by a triple pattern of its query's top-level group (and the
 * query has no sub-query, MINUS or SERVICE, where pre-binding and joining differ), the solutions of
 * the query with {@code $this} pre-bound to a focus node are exactly the solutions of the free
 * query whose {@code ?this} is that node. So when the free query has no solution, no focus node
 * violates the constraint. A solution does not prove a violation (its {@code ?this} need not be a
 * focus node); the caller then runs the full SHACL validation, which decides and reports.
 */
final class SparqlConstraintCheck {
    private static final Var THIS = Var.alloc("this");
    /** Variables SHACL pre-binds besides $this; a query that reads them is not checked here. */
    private static final List<String> PRE_BOUND = List.of("shapesGraph", "currentShape");

    private final List<Op> queries;

    private SparqlConstraintCheck(List<Op> queries) {
        this.queries = queries;
    }

    /**
     * The check for every {@code sh:sparql} constraint the shapes can reach, or empty when one of
     * them cannot be checked this way (then every graph needs the full validation).
     */
    static Optional<SparqlConstraintCheck> of(Shapes shapes) {
        List<Op> ops = new ArrayList<>();
        for (Shape shape : shapes.getShapeMap().values()) {
            for (Constraint c : shape.getConstraints()) {
                if (!(c instanceof SparqlConstraint sc)) {
                    continue;
                }
                if (!shape.isNodeShape() || (!shape.hasTarget() && referenced(shapes, shape.getShapeNode()))) {
                    return Optional.empty();
                }
                if (!shape.hasTarget()) {
                    continue;   // a shape no target and no other shape reaches is never validated
                }
                if (!checkable(sc.getQuery())) {
                    return Optional.empty();
                }
                ops.add(Algebra.optimize(Algebra.compile(sc.getQuery())));
            }
            for (Shape p : shape.getPropertyShapes()) {
                if (p.getConstraints().stream().anyMatch(SparqlConstraint.class::isInstance)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new SparqlConstraintCheck(List.copyOf(ops)));
    }

    /** True when no focus node of {@code data} can violate any of the constraints. */
    boolean noneCanFail(Graph data) {
        var dsg = DatasetGraphFactory.wrap(data);
        for (Op op : queries) {
            QueryIterator it = Algebra.exec(op, dsg);
            try {
                if (it.hasNext()) {
                    return false;
                }
            } finally {
                it.close();
            }
        }
        return true;
    }

    private static boolean referenced(Shapes shapes, Node shape) {
        return shapes.getGraph().contains(Node.ANY, Node.ANY, shape);
    }

    /** Whether the free-$this evaluation of the query finds every violation the pre-bound one would. */
    static boolean checkable(Query query) {
        if (!query.isSelectType() || query.getQueryPattern() == null) {
            return false;
        }
        boolean[] unsafe = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                unsafe[0] = true;
            }

            @Override
            public void visit(ElementMinus el) {
                unsafe[0] = true;
            }

            @Override
            public void visit(ElementService el) {
                unsafe[0] = true;
            }
        });
        if (unsafe[0]) {
            return false;
        }
        String text = query.toString();
        if (PRE_BOUND.stream().anyMatch(v -> Pattern.compile("[?$]" + v + "\\b").matcher(text).find())) {
            return false;
        }
        return bindsThisAtTop(query.getQueryPattern());
    }

    private static boolean bindsThisAtTop(Element pattern) {
        if (!(pattern instanceof ElementGroup group)) {
            return false;
        }
        for (Element e : group.getElements()) {
            if (e instanceof ElementPathBlock block) {
                for (TriplePath tp : block.getPattern().getList()) {
                    if (THIS.equals(tp.getSubject()) || THIS.equals(tp.getObject())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
