package org.regkg.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.regkg.facts.EntityFact;
import org.regkg.facts.Mention;

/**
 * Makes the facts of one kind of one paper one-to-one with the IRIs they mint: facts whose IRIs
 * coincide (two wordings with one key, such as the title's "Pruning" and the abstract's "%
 * pruning", or two keys with one slug) become one fact holding all their mentions in text order.
 * Without this two facts would write their offsets, quotes, rules and confidences onto one
 * annotation IRI.
 */
final class FactMerger {
    private static final Comparator<Mention> TEXT_ORDER = Comparator
            .comparing((Mention m) -> m.evidence().section())
            .thenComparingInt(m -> m.evidence().begin())
            .thenComparingInt(m -> m.evidence().end());

    private FactMerger() {
    }

    /** One fact per IRI, in the order of each IRI's first fact; {@code iriOf} mints a fact's IRI. */
    static List<Minted> merge(List<EntityFact> facts, Function<EntityFact, String> iriOf) {
        Map<String, List<EntityFact>> groups = new LinkedHashMap<>();
        for (EntityFact f : facts) {
            groups.computeIfAbsent(iriOf.apply(f), k -> new ArrayList<>()).add(f);
        }
        List<Minted> out = new ArrayList<>();
        groups.forEach((iri, group) -> out.add(new Minted(iri, group.size() == 1 ? group.get(0) : merged(group))));
        return out;
    }

    private static EntityFact merged(List<EntityFact> group) {
        EntityFact first = group.get(0);
        Set<String> forms = new LinkedHashSet<>();
        List<Mention> mentions = new ArrayList<>();
        String concept = null;
        double confidence = 0;
        for (EntityFact f : group) {
            forms.add(f.label());
            forms.addAll(f.aliases());
            mentions.addAll(f.mentions());
            if (concept == null) {
                concept = f.conceptId();
            }
            confidence = Math.max(confidence, f.confidence());
        }
        forms.remove(first.label());
        List<Mention> ordered = mentions.stream().distinct().sorted(TEXT_ORDER).toList();
        return new EntityFact(first.kind(), first.label(), List.copyOf(forms), first.key(), concept, ordered, confidence);
    }

    /** A fact with the IRI it is written under. */
    record Minted(String iri, EntityFact fact) {
    }
}
