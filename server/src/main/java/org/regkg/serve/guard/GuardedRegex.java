package org.regkg.serve.guard;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL {@code REGEX} that stops when its query is cancelled (timeout or abort); otherwise as {@link E_Regex}. */
final class GuardedRegex extends E_Regex {
    GuardedRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        NodeValue vPattern = args.get(1);
        NodeValue vFlags = args.size() > 2 ? args.get(2) : null;
        if (!vPattern.isString() || (vFlags != null && !vFlags.isString())) {
            return super.eval(args, env);
        }
        Pattern p = RegexEngine.makePattern("REGEX", vPattern.getString(), vFlags == null ? null : vFlags.getString());
        return NodeValue.booleanReturn(p.matcher(new CancellableChars(text.getLiteralLexicalForm(), CancelSignal.of(env))).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new GuardedRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }
}
