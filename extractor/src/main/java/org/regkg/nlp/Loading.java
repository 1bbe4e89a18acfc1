package org.regkg.nlp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for what loads in the background (models, rules, the ontology) while other work goes on. */
public final class Loading {
    private Loading() {
    }

    /** The value {@code loading} computes, once it is there; a failure is rethrown as it was thrown. */
    public static <T> T await(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
