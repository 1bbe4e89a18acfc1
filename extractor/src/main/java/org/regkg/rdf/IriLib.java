package org.regkg.rdf;

import org.apache.jena.irix.IRIs;

/** Checks on IRIs built from source data. */
final class IriLib {
    private IriLib() {
    }

    /** True when {@code path} can follow a resolver prefix and give a valid IRI (DOIs may hold {@code <}, spaces, ...). */
    static boolean isSafePath(String path) {
        if (path.chars().anyMatch(c -> c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0)) {
            return false;
        }
        try {
            IRIs.check("https://doi.org/" + path);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
