package org.regkg.spark;

import java.io.Serializable;
import org.regkg.facts.FactCounts;

/**
 * What one task wrote: its shard file (name only), its quads and the facts by kind, and when it
 * extracted (wall clock, ms, from the moment its JVM's models were loaded to its last paper).
 */
record ShardResult(String file, long quads, FactCounts counts, long startedMs, long finishedMs) implements Serializable {
}
