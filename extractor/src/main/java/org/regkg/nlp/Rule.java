package org.regkg.nlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.regkg.facts.Section;

/**
 * One extraction rule as written in a rules file: a TokensRegex pattern whose group
 * {@code $name} (or the whole match) is a mention of {@code kind}.
 *
 * @param id          stable name, recorded as the provenance of every fact the rule yields
 * @param kind        what the marked tokens are (checked when the file loads)
 * @param confidence  how often the rule is right, in [0, 1]
 * @param pattern     the TokensRegex token pattern; macros of the file's {@code macros} may be used
 * @param comment     what the rule finds and why
 * @param matches     example sentences it must fire on, each with the text it must mark after "=>"
 * @param nonMatches  example sentences it must not fire on
 * @param section     TITLE or ABSTRACT when the rule applies to that section only; null for both
 * @param fallback    true when the rule's mentions count only if no surer rule found one of the same kind
 * @param coins       true when the rule marks a name the paper coins for its contribution ("which we call
 *                    X", "dubbed X"): such a method stays a method even when X is also a concept label
 * @param explicit    true when the rule's match itself says what the name is ("the X dataset", "benchmarks
 *                    such as X"): its mention beats a method or technique found on the same words
 * @param trigger     a Java regex that must occur in the sentence's text for the rule to be tried (a fast
 *                    pre-filter: it must hold in every sentence the pattern can match); null for always
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Rule(String id, RuleKind kind, double confidence, String pattern, String comment,
                   List<String> matches, List<String> nonMatches, Section section,
                   boolean fallback, String trigger, boolean coins, boolean explicit) {
    public Rule {
        matches = matches == null ? List.of() : List.copyOf(matches);
        nonMatches = nonMatches == null ? List.of() : List.copyOf(nonMatches);
    }

    /** True when the rule marks a method, technique or dataset (not a claim or a claim veto). */
    public boolean findsEntities() {
        return kind.entity() != null;
    }

    /** True when the rule applies to sentences of {@code s}. */
    public boolean appliesTo(Section s) {
        return section == null || section == s;
    }
}
