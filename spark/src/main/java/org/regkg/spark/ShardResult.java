package org.regkg.spark;

import java.io.Serializable;
import org.regkg.facts.FactCounts;

/** What one task wrote: its shard file (name only), its quads and the facts by kind. */
record ShardResult(String file, long quads, FactCounts counts) implements Serializable {
}
