package org.regkg.facts;

/**
 * How many facts of each kind some papers gave: the numbers a build prints and a shard manifest
 * records.
 */
public record FactCounts(long papers, long methods, long techniques, long datasets, long claims, long quantities)
        implements java.io.Serializable {
    public static final FactCounts NONE = new FactCounts(0, 0, 0, 0, 0, 0);

    /** The counts of one paper. */
    public static FactCounts of(PaperFacts f) {
        return new FactCounts(1, f.methods().size(), f.techniques().size(), f.datasets().size(), f.claims().size(),
                f.claims().stream().mapToLong(c -> c.quantities().size()).sum());
    }

    public FactCounts plus(FactCounts o) {
        return new FactCounts(papers + o.papers, methods + o.methods, techniques + o.techniques,
                datasets + o.datasets, claims + o.claims, quantities + o.quantities);
    }
}
