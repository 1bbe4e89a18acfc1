package org.regkg.nlp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.regkg.facts.EntityKind;

/** A paper's settled candidates by kind, with the look-ups conflict resolution and acronym linking need. */
final class CandidateIndex {
    private final Map<EntityKind, List<Candidate>> byKind = new EnumMap<>(EntityKind.class);

    CandidateIndex() {
        for (EntityKind k : EntityKind.values()) {
            byKind.put(k, new ArrayList<>());
        }
    }

    List<Candidate> of(EntityKind kind) {
        return byKind.get(kind);
    }

    void add(Candidate c) {
        byKind.get(c.kind()).add(c);
    }

    List<Candidate> all() {
        List<Candidate> all = new ArrayList<>();
        byKind.values().forEach(all::addAll);
        return all;
    }

    /** The candidate on exactly these tokens, if any. */
    Candidate at(Sentence s, int start, int end) {
        for (List<Candidate> list : byKind.values()) {
            for (Candidate c : list) {
                if (c.sentence() == s && c.start() == start && c.end() == end) {
                    return c;
                }
            }
        }
        return null;
    }

    void removeOverlapping(Candidate c) {
        for (List<Candidate> list : byKind.values()) {
            list.removeIf(o -> o.overlaps(c));
        }
    }

    /** Drops candidates covered by a longer one of the same list; of equal spans keeps the surest, then the first. */
    static List<Candidate> longestOf(List<Candidate> list) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : list) {
            boolean dominated = false;
            for (Candidate o : list) {
                if (o == c || !o.overlaps(c)) {
                    continue;
                }
                int lc = c.end() - c.start();
                int lo = o.end() - o.start();
                if (lo > lc || (lo == lc && (o.confidence() > c.confidence()
                        || (o.confidence() == c.confidence() && list.indexOf(o) < list.indexOf(c))))) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                out.add(c);
            }
        }
        return out;
    }
}
