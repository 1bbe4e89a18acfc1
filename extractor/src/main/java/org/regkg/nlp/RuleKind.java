package org.regkg.nlp;

import org.regkg.facts.EntityKind;

/** What a rule marks; a rules file with any other kind fails to load. */
public enum RuleKind {
    /** A mention of the paper's own method. */
    METHOD(EntityKind.METHOD),
    /** A mention of an established technique. */
    TECHNIQUE(EntityKind.TECHNIQUE),
    /** A mention of a dataset (a list of them is split into its items). */
    DATASET(EntityKind.DATASET),
    /** The sentence is a claimed result. */
    CLAIM(null),
    /** The sentence is never a claim (an availability note and the like): vetoes CLAIM. */
    NOT_CLAIM(null);

    private final EntityKind entity;

    RuleKind(EntityKind entity) {
        this.entity = entity;
    }

    /** The kind of entity the rule's mentions are; null for sentence rules. */
    public EntityKind entity() {
        return entity;
    }
}
