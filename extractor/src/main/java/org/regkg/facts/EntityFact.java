package org.regkg.facts;

import java.util.List;

/**
 * One thing a paper mentions (a proposed method, a technique or a dataset), with every surface
 * form under which it occurs in this paper.
 *
 * @param kind       method, technique or dataset
 * @param label      the form used to name it (the shortest one the text uses, e.g. the acronym)
 * @param aliases    the other surface forms in this paper (expansion, plural, spelling)
 * @param key        the normalised key that identifies it across papers
 * @param conceptId  the ontology concept IRI it is an instance of, or null when none matched
 * @param mentions   every occurrence, in text order
 * @param confidence the extractor's confidence in the fact, in [0, 1]
 */
public record EntityFact(EntityKind kind, String label, List<String> aliases, String key,
                         String conceptId, List<Mention> mentions, double confidence) {

    public EntityFact {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("a fact needs at least one mention: " + label);
        }
    }

    /** The first occurrence, the one cited as the fact's evidence. */
    public Mention firstMention() {
        return mentions.get(0);
    }
}
