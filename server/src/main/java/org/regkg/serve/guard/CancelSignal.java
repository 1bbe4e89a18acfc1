package org.regkg.serve.guard;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.function.FunctionEnv;

/** The cancel signal of the query an expression is evaluated in (set on timeout and abort). */
final class CancelSignal {
    private static final AtomicBoolean NEVER = new AtomicBoolean(false);

    private CancelSignal() {
    }

    static AtomicBoolean of(FunctionEnv env) {
        if (env instanceof ExecutionContext ec && ec.getCancelSignal() != null) {
            return ec.getCancelSignal();
        }
        return NEVER;
    }
}
