package org.regkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regkg.facts.Section;

/**
 * Settles a paper's proposed-method candidates: a candidate that is exactly an ontology concept
 * names an established technique (unless a naming rule marked it: "which we call cutout"), a phrase
 * that opens with a gerund says what a paper does, not what it proposes ("Solving High-Dimensional
 * PDEs", "Preventing Overfitting"), fallback descriptions give way to a named method, and mentions
 * that name the same contribution ("a novel loss function, dubbed ACLS"; "MoreauGrad" and
 * "MoreauGrad scheme") are linked as one method.
 */
final class MethodResolver {
    /** A method found with at least this confidence by a non-fallback rule names the contribution. */
    static final double NAMED = 0.7;
    /** Title names at least this sure stay methods even when they are also a concept label. */
    static final double KEEP_OVER_CONCEPT = 0.85;

    private MethodResolver() {
    }

    /** The candidates that stay methods. */
    static List<Candidate> filter(List<Candidate> methods, List<Candidate> all, Set<String> fallbackRules,
            Set<String> coiningRules) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate m : methods) {
            if (opensWithGerund(m)) {
                continue;
            }
            boolean concept = all.stream().anyMatch(g -> g.rule().equals(PaperExtractor.GAZETTEER_RULE)
                    && g.sentence() == m.sentence() && g.start() == m.start() && g.end() == m.end());
            if (!concept || m.confidence() >= KEEP_OVER_CONCEPT || coiningRules.contains(m.rule())) {
                kept.add(m);
            }
        }
        boolean named = kept.stream().anyMatch(m -> !fallbackRules.contains(m.rule()) && m.confidence() >= NAMED);
        if (named) {
            kept.removeIf(m -> fallbackRules.contains(m.rule()));
        }
        return kept;
    }

    /**
     * Two or more words, the first a gerund (tagged VBG, one word: "Mitigating Error Accumulation";
     * a compound such as "Self-Tuning Networks" or "Early-Learning Regularization" is a name).
     */
    private static boolean opensWithGerund(Candidate m) {
        String first = m.sentence().word(m.start());
        return m.end() - m.start() >= 2 && "VBG".equals(m.sentence().tag(m.start())) && first.chars().allMatch(Character::isLetter);
    }

    /** Links the mentions that name the same contribution. */
    static void link(List<Candidate> methods, EntityMerger merger, UmbrellaTerms words, NameVariants variants) {
        for (Candidate a : methods) {
            for (Candidate b : methods) {
                if (a != b && (variants.apposed(a, b) || namePlusHead(a, b)
                        || variants.abbreviates(a.text(), b.text()))) {
                    merger.link(EntityMerger.keyOf(a), EntityMerger.keyOf(b));
                }
            }
        }
        List<String> namedKeys = methods.stream().filter(MethodResolver::named)
                .map(EntityMerger::keyOf).distinct().toList();
        if (namedKeys.size() != 1) {
            return;
        }
        for (Candidate d : methods) {
            if (description(d, words)) {
                merger.link(EntityMerger.keyOf(d), namedKeys.get(0));
            }
        }
    }

    /** A name: in the title, or with a capital letter after the first character of a word (SmoothInv, CREAM). */
    private static boolean named(Candidate c) {
        return c.sentence().section() == Section.TITLE || c.text().matches(".*\\S\\p{Lu}.*");
    }

    /** "a domain-agnostic method": lower-case words only, ending in a generic head. */
    private static boolean description(Candidate c, UmbrellaTerms words) {
        return c.sentence().section() == Section.ABSTRACT && c.text().equals(c.text().toLowerCase(Locale.ROOT))
                && !c.text().matches(".*[0-9].*") && words.isDescriptionHead(c.sentence().lemma(c.end() - 1));
    }

    /** "MoreauGrad scheme" is "MoreauGrad": b is a's words and one noun more. */
    private static boolean namePlusHead(Candidate a, Candidate b) {
        int la = a.end() - a.start();
        if (b.end() - b.start() != la + 1 || !b.sentence().tag(b.end() - 1).startsWith("NN")) {
            return false;
        }
        for (int i = 0; i < la; i++) {
            if (!a.sentence().word(a.start() + i).equals(b.sentence().word(b.start() + i))) {
                return false;
            }
        }
        return true;
    }
}
