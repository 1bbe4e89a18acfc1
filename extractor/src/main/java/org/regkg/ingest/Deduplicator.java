package org.regkg.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the papers seen so far and says when a new one repeats an id or a title. Ids are
 * compared as the IRI segments they mint ({@link PaperIds#segment}), so two records can never
 * give one paper IRI.
 */
public final class Deduplicator {
    private final Map<String, Seen> ids = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();

    /** Empty when {@code p} is new (and remembers it), else a sentence naming the earlier record. */
    public Optional<String> duplicateOf(Paper p) {
        String segment = PaperIds.segment(p.id());
        Seen byId = ids.get(segment);
        if (byId != null) {
            return Optional.of(byId.id().equals(p.id())
                    ? "same id \"" + p.id() + "\" as " + byId.origin()
                    : "id \"" + p.id() + "\" gives the same paper IRI as id \"" + byId.id() + "\" at " + byId.origin());
        }
        String key = PaperIds.titleKey(p.title());
        String byTitle = titles.get(key);
        if (byTitle != null) {
            return Optional.of("same title as " + byTitle);
        }
        ids.put(segment, new Seen(p.id(), p.origin()));
        titles.put(key, p.origin());
        return Optional.empty();
    }

    /** What is kept of a paper seen: its id and where it came from (not its text). */
    private record Seen(String id, String origin) {
    }
}
