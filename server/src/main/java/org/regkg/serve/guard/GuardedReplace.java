package org.regkg.serve.guard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL {@code REPLACE} that stops when its query is cancelled (timeout or abort); otherwise as {@link E_StrReplace}. */
final class GuardedReplace extends E_StrReplace {
    GuardedReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
        super(text, pattern, replacement, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        NodeValue vPattern = args.get(1);
        NodeValue vReplacement = args.get(2);
        NodeValue vFlags = args.size() > 3 ? args.get(3) : null;
        if (!vPattern.isString() || !vReplacement.isString() || (vFlags != null && !vFlags.isString())) {
            return super.eval(args, env);
        }
        Pattern p = RegexEngine.makePattern("REPLACE", vPattern.getString(), vFlags == null ? null : vFlags.getString());
        if (p.matcher("").matches()) {
            throw new ExprEvalException("REPLACE: the pattern matches the empty string: " + vPattern.getString());
        }
        Matcher m = p.matcher(new CancellableChars(text.getLiteralLexicalForm(), CancelSignal.of(env)));
        String out;
        try {
            out = m.replaceAll(vReplacement.getString());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage());
        }
        String lang = text.getLiteralLanguage();
        return NodeValue.makeNode(lang == null || lang.isEmpty() ? NodeFactory.createLiteralString(out)
                : NodeFactory.createLiteralLang(out, lang));
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new GuardedReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null);
    }
}
