package org.regkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.regkg.facts.EntityKind;

/**
 * How the extractor combines the learned mention model with the rules, read from
 * {@code org/regkg/models/extraction.properties} next to the models (the combination chosen by
 * cross-validation, docs/quality.md): which entity kinds' rules (and, for techniques, the ontology
 * gazetteer) add mentions next to the model's, and whether the paper-level method decision
 * re-decides the model's methods and techniques. Without a mention model every rule applies.
 *
 * @param ruleKinds the kinds whose rules add mentions next to the model
 * @param methodDecision whether the method decision model is used (when it is shipped)
 */
public record ExtractionSettings(Set<EntityKind> ruleKinds, boolean methodDecision) {
    /** The shipped settings. */
    public static final String RESOURCE = "/org/regkg/models/extraction.properties";
    static final String RULE_KINDS = "rule-kinds";
    static final String METHOD_DECISION = "method-decision";

    public ExtractionSettings {
        ruleKinds = ruleKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ruleKinds));
    }

    /** The shipped settings; every rule kind and no method decision when the file is missing. */
    public static ExtractionSettings bundled() {
        try (InputStream in = ExtractionSettings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new ExtractionSettings(EnumSet.allOf(EntityKind.class), false);
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
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(source + ": unknown setting " + unknown.iterator().next()
                    + " (known: " + RULE_KINDS + ", " + METHOD_DECISION + ")");
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
        return new ExtractionSettings(kinds, Boolean.parseBoolean(decision));
    }
}
