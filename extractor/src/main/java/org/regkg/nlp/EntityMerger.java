package org.regkg.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regkg.facts.EntityFact;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Mention;

/**
 * Merges the mentions of one kind into one fact per thing: mentions with the same key, the same
 * concept, or linked as long and short form of an acronym are the same thing.
 */
final class EntityMerger {
    private final Map<String, String> parent = new HashMap<>();

    /** Declares that two keys name the same thing (an acronym and its expansion). */
    void link(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    /** The key that stands for every key linked to {@code k}. */
    String root(String k) {
        return find(k);
    }

    private String find(String k) {
        String p = parent.getOrDefault(k, k);
        if (p.equals(k)) {
            return k;
        }
        String root = find(p);
        parent.put(k, root);
        return root;
    }

    static String keyOf(Candidate c) {
        return c.exactConcept() ? "concept:" + c.concept().slug() : WordKeys.entityKey(c.text());
    }

    List<EntityFact> merge(EntityKind kind, List<Candidate> candidates) {
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            groups.computeIfAbsent(find(keyOf(c)), k -> new ArrayList<>()).add(c);
        }
        List<EntityFact> out = new ArrayList<>();
        for (List<Candidate> group : groups.values()) {
            group.sort(Comparator.comparing((Candidate c) -> c.sentence().section())
                    .thenComparingInt(c -> c.sentence().index()).thenComparingInt(Candidate::start));
            List<Mention> mentions = new ArrayList<>();
            List<String> forms = new ArrayList<>();
            double miss = 1.0;
            Candidate withConcept = null;
            Candidate underConcept = null;
            for (Candidate c : group) {
                mentions.add(c.mention());
                if (!forms.contains(c.text())) {
                    forms.add(c.text());
                }
                miss *= 1.0 - c.confidence();
                if (withConcept == null && c.exactConcept()) {
                    withConcept = c;
                }
                if (underConcept == null && c.concept() != null) {
                    underConcept = c;
                }
            }
            // a dataset goes by its fullest form ("Chinese Treebank" rather than "CTB"): the expansion
            // says what the collection is
            Comparator<String> byLength = Comparator.comparingInt(String::length);
            // a method's label is a name (a form with a capital) before a lower-case description
            List<String> named = forms.stream().filter(f -> !f.equals(f.toLowerCase(java.util.Locale.ROOT))).toList();
            List<String> pool = kind == EntityKind.METHOD && !named.isEmpty() ? named : forms;
            // a method or technique goes by the form the paper uses most ("VLMs" four times over one
            // "VLM"), the shortest of those, often the acronym (cross-validated: techniques 0.667 ->
            // 0.669, methods 0.691 -> 0.692, docs/quality.md)
            Map<String, Long> uses = new HashMap<>();
            group.forEach(c -> uses.merge(c.text(), 1L, Long::sum));
            Comparator<String> byUse = Comparator.comparingLong((String f) -> uses.get(f)).reversed().thenComparing(byLength);
            String label = kind == EntityKind.DATASET
                    ? pool.stream().max(byLength).orElseThrow()
                    : pool.stream().min(byUse).orElseThrow();
            List<String> aliases = forms.stream().filter(f -> !f.equals(label)).toList();
            String key = withConcept != null ? withConcept.concept().slug() : WordKeys.entityKey(label);
            Candidate conceptSource = withConcept != null ? withConcept : underConcept;
            String concept = conceptSource != null ? conceptSource.concept().iri() : null;
            double confidence = Math.min(0.99, 1.0 - miss);
            out.add(new EntityFact(kind, label, aliases, key, concept, mentions, round(confidence)));
        }
        return out;
    }

    static double round(double d) {
        return Math.round(d * 1000.0) / 1000.0;
    }
}
