package org.regkg.spark;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.regkg.ingest.Deduplicator;
import org.regkg.shards.ShardManifest;
import scala.Tuple2;

/**
 * Finds duplicate papers exactly as a build does, whatever the partitioning. A shuffle counts each
 * {@link Deduplicator#keys key}; only papers with a key that occurs more than once can be or make
 * a duplicate, so only those (few) come to the driver, where the build's own {@link Deduplicator}
 * runs over them in input order.
 */
final class DuplicateFinder {
    private DuplicateFinder() {
    }

    /** The duplicates among {@code papers} (good records only), in input order: record order → record and reason. */
    static Map<Long, ShardManifest.Skipped> find(JavaSparkContext sc, JavaRDD<InputRecord> papers) {
        List<String> shared = papers
                .flatMapToPair(r -> Deduplicator.keys(r.paper()).stream().map(k -> new Tuple2<>(k, 1L)).iterator())
                .reduceByKey(Long::sum)
                .filter(t -> t._2() > 1)
                .keys()
                .collect();
        Map<Long, ShardManifest.Skipped> duplicates = new LinkedHashMap<>();
        if (shared.isEmpty()) {
            return duplicates;
        }
        Broadcast<Set<String>> keys = sc.broadcast(new HashSet<>(shared));
        List<InputRecord> candidates = papers
                .filter(r -> Deduplicator.keys(r.paper()).stream().anyMatch(keys.value()::contains))
                .collect();
        keys.destroy();
        Deduplicator dedup = new Deduplicator();
        candidates.stream().sorted(Comparator.comparingLong(InputRecord::order))
                .forEach(r -> dedup.duplicateOf(r.paper())
                        .ifPresent(reason -> duplicates.put(r.order(), new ShardManifest.Skipped(r.origin(), reason))));
        return duplicates;
    }
}
