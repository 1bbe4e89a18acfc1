package org.regkg.nlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.regkg.facts.EntityFact;

/**
 * The umbrella phrases of {@code umbrella-terms.yaml}: names of a whole field or family ("generative
 * models", "network architectures") that are too vague to report as a technique on their own.
 */
public final class UmbrellaTerms {
    @JsonIgnoreProperties(ignoreUnknown = false)
    private record File(List<String> terms, List<String> descriptionHeads, List<String> families,
            List<String> singularDescriptions, List<String> taskHeads) {
    }

    private final Set<String> keys;
    private final Set<String> descriptionHeads;
    private final Set<String> families;
    private final Set<String> singularDescriptions;
    private final Set<String> taskHeads;

    private UmbrellaTerms(File f) {
        this.keys = f.terms().stream().map(WordKeys::entityKey).collect(Collectors.toUnmodifiableSet());
        this.descriptionHeads = Set.copyOf(f.descriptionHeads());
        this.families = f.families() == null ? Set.of()
                : f.families().stream().map(WordKeys::entityKey).collect(Collectors.toUnmodifiableSet());
        this.singularDescriptions = f.singularDescriptions() == null ? Set.of()
                : f.singularDescriptions().stream().map(UmbrellaTerms::words).collect(Collectors.toUnmodifiableSet());
        this.taskHeads = f.taskHeads() == null ? Set.of() : Set.copyOf(f.taskHeads());
    }

    /** Lower case, words joined by one space, nothing folded: "Regularization  method" is "regularization method". */
    private static String words(String s) {
        return String.join(" ", WordKeys.split(s.toLowerCase(java.util.Locale.ROOT)));
    }

    public static UmbrellaTerms load() {
        return new UmbrellaTerms(WordListFiles.read("umbrella-terms.yaml", File.class));
    }

    /** True when {@code lemma} heads a bare description of a contribution ("method", "approach"). */
    public boolean isDescriptionHead(String lemma) {
        return descriptionHeads.contains(lemma);
    }

    /**
     * True when {@code phrase} names a task (a problem people work on), not a thing: its last word is
     * a task head ("Video Anomaly Detection", "Multimodal Sentiment Analysis"), compared in lower case.
     */
    public boolean namesTask(String phrase) {
        List<String> words = WordKeys.split(phrase.toLowerCase(java.util.Locale.ROOT));
        return !words.isEmpty() && taskHeads.contains(words.get(words.size() - 1));
    }

    /** True when {@code text} as a whole is an umbrella phrase. */
    public boolean isUmbrella(String text) {
        return keys.contains(WordKeys.entityKey(text));
    }

    /**
     * Drops a bare family name ("regularization") from {@code techniques} when two or more other
     * techniques of the paper are specific kinds of it (their labels hold the family word).
     */
    public List<EntityFact> withoutCoveredFamilies(List<EntityFact> techniques) {
        return techniques.stream().filter(t -> !covered(t, techniques)).toList();
    }

    /**
     * Drops the techniques found only as a bare singular description ("the regularizer", "a
     * regularization method"): every form of it, label and aliases, is one of them.
     */
    public List<EntityFact> withoutSingularDescriptions(List<EntityFact> techniques) {
        return techniques.stream().filter(t -> !(singularDescriptions.contains(words(t.label()))
                && t.aliases().stream().allMatch(a -> singularDescriptions.contains(words(a))))).toList();
    }

    private boolean covered(EntityFact family, List<EntityFact> techniques) {
        String key = WordKeys.entityKey(family.label());
        if (!families.contains(key)) {
            return false;
        }
        long kinds = techniques.stream().filter(t -> t != family)
                .map(t -> WordKeys.entityKey(t.label()))
                .filter(k -> !k.equals(key) && k.contains(key)).count();
        return kinds >= 2;
    }
}
