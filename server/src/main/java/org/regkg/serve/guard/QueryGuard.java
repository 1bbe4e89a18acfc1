package org.regkg.serve.guard;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * What every query on a served dataset runs under, set in the dataset's context so that the
 * SPARQL endpoints and RegKG's own pages all get it:
 * <ul>
 * <li>no federated query: {@code SERVICE} makes no HTTP request unless the server was started
 * with {@code --allow-service} (an open endpoint that calls any URL is a port scanner);</li>
 * <li>{@code REGEX} and {@code REPLACE} evaluated by versions that stop when the query is
 * cancelled, so a backtracking pattern cannot outlive the query timeout.</li>
 * </ul>
 */
public final class QueryGuard {
    private QueryGuard() {
    }

    /** Applies the guard to a dataset's context. */
    public static void install(Context context, boolean allowService) {
        context.set(Service.httpServiceAllowed, allowService);
        RewriteFactory standard = Optimize.getFactory();
        context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) cxt -> {
            var optimizer = standard.create(cxt);
            return op -> guard(optimizer.rewrite(op));
        });
    }

    /** The operation with every REGEX and REPLACE replaced by its guarded version. */
    static Op guard(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof GuardedRegex)) {
                    return new GuardedRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
                }
                if (func instanceof E_StrReplace && !(func instanceof GuardedReplace)) {
                    return new GuardedReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
                }
                return super.transform(func, args);
            }
        }, op);
    }
}
