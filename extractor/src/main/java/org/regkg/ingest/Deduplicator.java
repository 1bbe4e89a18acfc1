package org.regkg.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the papers seen so far and says when a new one repeats an id or a title. A paper is
 * a duplicate exactly when one of its {@link #keys} equals a key of an earlier paper that was not
 * itself a duplicate; a distributed reader may therefore run this only over the papers that share
 * a key with another paper, in input order, and get the same answer.
 */
public final class Deduplicator {
    private static final String ID = "id:";
    private static final String TITLE = "title:";

    /** Key → origin of the paper that first had it. */
    private final Map<String, String> seen = new HashMap<>();

    /** The keys two papers are compared by (each with its kind, so an id never equals a title key). */
    public static List<String> keys(Paper p) {
        return List.of(ID + p.id(), TITLE + PaperIds.titleKey(p.title()));
    }

    /** Empty when {@code p} is new (and remembers it), else a sentence naming the earlier record. */
    public Optional<String> duplicateOf(Paper p) {
        List<String> keys = keys(p);
        for (String k : keys) {
            String earlier = seen.get(k);
            if (earlier != null) {
                return Optional.of(k.startsWith(ID)
                        ? "same id \"" + p.id() + "\" as " + earlier
                        : "same title as " + earlier);
            }
        }
        keys.forEach(k -> seen.put(k, p.origin()));
        return Optional.empty();
    }
}
