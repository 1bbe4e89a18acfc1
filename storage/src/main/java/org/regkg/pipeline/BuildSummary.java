package org.regkg.pipeline;

/** What a build did, for the summary line and the store's build.json. */
public record BuildSummary(long papers, long skippedInvalid, long duplicates, long rejected, long quads,
                           long methods, long techniques, long datasets, long claims, long quantities,
                           double seconds) {
    public double papersPerSecond() {
        return seconds > 0 ? papers / seconds : 0;
    }
}
