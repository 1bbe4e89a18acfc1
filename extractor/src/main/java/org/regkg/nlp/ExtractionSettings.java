package org.regkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.regkg.facts.EntityKind;

/**
 * How the extractor combines the learned mention model with the rules, read from
 * {@code org/regkg/models/extraction.properties} next to the models (the combination chosen by
 * cross-validation, docs/quality.md): which entity kinds' rules (and, for techniques, the ontology
 * gazetteer) add mentions next to the model's, and whether the paper-level method decision
 * re-decides the model's methods and techniques, and the least probability the model must give a
 * span of each kind for it to count ({@code min-probability.method = 0.5}), and the least
 * probability the claim classifier must give a sentence for it to count as a claim
 * ({@code min-probability.claim}, 0.5 when absent). Without a mention model every rule applies.
 *
 * @param ruleKinds the kinds whose rules add mentions next to the model
 * @param methodDecision whether the method decision model is used (when it is shipped)
 * @param minProbability per kind, the least probability of a model span (absent: every span)
 * @param datasetModelMin the least probability of a span of the dataset model
 * @param claimMinProbability the least probability of a claim sentence
 */
public record ExtractionSettings(Set<EntityKind> ruleKinds, boolean methodDecision, Map<EntityKind, Double> minProbability,
        double datasetModelMin, double claimMinProbability) {
    /** The shipped settings. */
    public static final String RESOURCE = "/org/regkg/models/extraction.properties";
    static final String RULE_KINDS = "rule-kinds";
    static final String METHOD_DECISION = "method-decision";
    static final String MIN_PROBABILITY = "min-probability.";
    static final String DATASET_MODEL_MIN = "dataset-model.min-probability";
    static final String CLAIM_MIN = "min-probability.claim";

    public ExtractionSettings {
        ruleKinds = ruleKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ruleKinds));
        minProbability = Map.copyOf(minProbability);
    }

    /** Settings without a minimum for the dataset model's spans. */
    public ExtractionSettings(Set<EntityKind> ruleKinds, boolean methodDecision, Map<EntityKind, Double> minProbability) {
        this(ruleKinds, methodDecision, minProbability, 0, ClaimClassifier.DEFAULT_MIN_PROBABILITY);
    }

    /** The minimum for the dataset model's spans, as {@link MentionTagger#withMinProbability} takes it. */
    public Map<EntityKind, Double> datasetModelMinProbability() {
        return Map.of(EntityKind.DATASET, datasetModelMin);
    }

    /** The shipped settings; every rule kind and no method decision when the file is missing. */
    public static ExtractionSettings bundled() {
        try (InputStream in = ExtractionSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new ExtractionSettings(EnumSet.allOf(EntityKind.class), false, Map.of());
            }
            Properties p = new Properties();
            p.load(in);
            return parse(p, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Settings from properties; an unknown key, kind or flag value is an error naming {@code source}. */
    public static ExtractionSettings parse(Properties p, String source) {
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.remove(RULE_KINDS);
        unknown.remove(METHOD_DECISION);
        Map<EntityKind, Double> min = new EnumMap<>(EntityKind.class);
        for (EntityKind k : EntityKind.values()) {
            String key = MIN_PROBABILITY + k.name().toLowerCase(Locale.ROOT);
            unknown.remove(key);
            if (p.getProperty(key) != null) {
                min.put(k, probability(p, key, source));
            }
        }
        unknown.remove(DATASET_MODEL_MIN);
        double datasetModelMin = probability(p, DATASET_MODEL_MIN, 0, source);
        unknown.remove(CLAIM_MIN);
        double claimMin = probability(p, CLAIM_MIN, ClaimClassifier.DEFAULT_MIN_PROBABILITY, source);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(source + ": unknown setting " + unknown.iterator().next()
                    + " (known: " + RULE_KINDS + ", " + METHOD_DECISION + ", " + MIN_PROBABILITY + "method|technique|dataset, "
                    + DATASET_MODEL_MIN + ", " + CLAIM_MIN + ")");
        }
        Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
        for (String k : p.getProperty(RULE_KINDS, "").split(",")) {
            String name = k.strip();
            if (name.isEmpty()) {
                continue;
            }
            try {
                kinds.add(EntityKind.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + RULE_KINDS + ": unknown kind \"" + name
                        + "\" (method, technique, dataset)", e);
            }
        }
        String decision = p.getProperty(METHOD_DECISION, "false").strip();
        if (!decision.equals("true") && !decision.equals("false")) {
            throw new IllegalArgumentException(source + ": " + METHOD_DECISION + " must be true or false, not \"" + decision + "\"");
        }
        return new ExtractionSettings(kinds, Boolean.parseBoolean(decision), min, datasetModelMin, claimMin);
    }

    /** The probability {@code key} sets, or {@code absent} when it is not set. */
    private static double probability(Properties p, String key, double absent, String source) {
        return p.getProperty(key) == null ? absent : probability(p, key, source);
    }

    private static double probability(Properties p, String key, String source) {
        String value = p.getProperty(key).strip();
        try {
            double v = Double.parseDouble(value);
            if (!(v >= 0 && v <= 1)) {
                throw new NumberFormatException("out of range");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": " + key + " must be a probability (0..1), not \"" + value + "\"", e);
        }
    }
}
