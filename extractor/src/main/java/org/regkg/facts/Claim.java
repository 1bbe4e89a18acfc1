package org.regkg.facts;

import java.util.List;

/** A sentence in which the authors claim an outcome of their work, with the numbers it gives. */
public record Claim(String sentence, Evidence evidence, List<Quantity> quantities) {
    public Claim {
        quantities = List.copyOf(quantities);
    }
}
