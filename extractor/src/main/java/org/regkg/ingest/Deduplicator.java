package org.regkg.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Remembers the papers seen so far and says when a new one repeats an id or a title. */
public final class Deduplicator {
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();

    /** Empty when {@code p} is new (and remembers it), else a sentence naming the earlier record. */
    public Optional<String> duplicateOf(Paper p) {
        String byId = ids.get(p.id());
        if (byId != null) {
            return Optional.of("same id \"" + p.id() + "\" as " + byId);
        }
        String key = PaperIds.titleKey(p.title());
        String byTitle = titles.get(key);
        if (byTitle != null) {
            return Optional.of("same title as " + byTitle);
        }
        ids.put(p.id(), p.origin());
        titles.put(key, p.origin());
        return Optional.empty();
    }
}
