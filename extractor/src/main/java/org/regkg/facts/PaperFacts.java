package org.regkg.facts;

import java.util.List;
import org.regkg.ingest.Paper;

/** Everything extracted from one paper. */
public record PaperFacts(Paper paper, List<EntityFact> methods, List<EntityFact> techniques,
                         List<EntityFact> datasets, List<Claim> claims) {

    public PaperFacts {
        methods = List.copyOf(methods);
        techniques = List.copyOf(techniques);
        datasets = List.copyOf(datasets);
        claims = List.copyOf(claims);
    }

    public int factCount() {
        return methods.size() + techniques.size() + datasets.size() + claims.size();
    }
}
