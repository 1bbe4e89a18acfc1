package org.regkg.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the papers seen so far and says when a new one repeats an id or a title. Ids are
 * compared as the IRI segments they mint ({@link PaperIds#segment}), so two records can never
 * give one paper IRI. A paper is a duplicate exactly when one of its {@link #keys} equals a key of
 * an earlier paper that was not itself a duplicate; a distributed reader may therefore run this
 * only over the papers that share a key with another paper, in input order, and get the same answer.
 */
public final class Deduplicator {
    private static final String ID = "id:";
    private static final String TITLE = "title:";

    /** Key → the paper that first had it. */
    private final Map<String, Seen> seen = new HashMap<>();

    /** The keys two papers are compared by (each with its kind, so an id never equals a title key). */
    public static List<String> keys(Paper p) {
        return List.of(ID + PaperIds.segment(p.id()), TITLE + PaperIds.titleKey(p.title()));
    }

    /** Empty when {@code p} is new (and remembers it), else a sentence naming the earlier record. */
    public Optional<String> duplicateOf(Paper p) {
        List<String> keys = keys(p);
        for (String k : keys) {
            Seen earlier = seen.get(k);
            if (earlier == null) {
                continue;
            }
            if (!k.startsWith(ID)) {
                return Optional.of("same title as " + earlier.origin());
            }
            return Optional.of(earlier.id().equals(p.id())
                    ? "same id \"" + p.id() + "\" as " + earlier.origin()
                    : "id \"" + p.id() + "\" gives the same paper IRI as id \"" + earlier.id() + "\" at " + earlier.origin());
        }
        Seen self = new Seen(p.id(), p.origin());
        keys.forEach(k -> seen.put(k, self));
        return Optional.empty();
    }

    /** What is kept of a paper seen: its id and where it came from (not its text). */
    private record Seen(String id, String origin) {
    }
}
