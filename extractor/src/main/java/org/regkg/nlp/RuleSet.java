package org.regkg.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The compiled extraction rules of the files in {@code org/regkg/rules/} (YAML: macros and rules,
 * each rule a TokensRegex pattern). A rule marks the tokens of its group {@code $name}, or of the
 * whole match when it has no such group.
 */
public final class RuleSet {
    /** The rules files, applied in this order. */
    public static final List<String> FILES = List.of("methods.yaml", "datasets.yaml", "techniques.yaml", "claims.yaml");
    static final String FOLDER = "/org/regkg/rules/";
    static final String GROUP = "$name";

    /** Tokens {@code [start, end)} of a sentence that rule {@code rule} marked. */
    public record Hit(int start, int end, Rule rule) {
    }

    private record Compiled(Rule rule, TokenSequencePattern pattern, Pattern trigger) {
    }

    private final List<Compiled> compiled = new ArrayList<>();

    private RuleSet(List<RuleFile> files) {
        for (RuleFile f : files) {
            Env env = TokenSequencePattern.getNewEnv();
            for (Map.Entry<String, String> m : new LinkedHashMap<>(f.macros()).entrySet()) {
                env.bind(m.getKey().startsWith("$") ? m.getKey() : "$" + m.getKey(), m.getValue());
            }
            for (Rule r : f.rules()) {
                try {
                    Pattern trigger = r.trigger() == null ? null : Pattern.compile(r.trigger());
                    compiled.add(new Compiled(r, TokenSequencePattern.compile(env, r.pattern()), trigger));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("rule " + r.id() + " does not compile: " + e.getMessage(), e);
                }
            }
        }
    }

    /** Loads the shipped rules files. */
    public static RuleSet load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<RuleFile> files = new ArrayList<>();
        for (String name : FILES) {
            try (InputStream in = RuleSet.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("rules file missing from the classpath: " + FOLDER + name);
                }
                files.add(yaml.readValue(in, RuleFile.class));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rules file " + name + ": " + e.getMessage(), e);
            }
        }
        return new RuleSet(files);
    }

    public List<Rule> rules() {
        return compiled.stream().map(Compiled::rule).toList();
    }

    /** Every hit of every rule that applies to the sentence's section and passes its trigger. */
    public List<Hit> apply(Sentence sentence) {
        List<CoreLabel> tokens = sentence.tokens();
        String text = sentence.text();
        List<Hit> out = new ArrayList<>();
        for (Compiled c : compiled) {
            if (!c.rule().appliesTo(sentence.section()) || (c.trigger() != null && !c.trigger().matcher(text).find())) {
                continue;
            }
            TokenSequenceMatcher m = c.pattern().matcher(tokens);
            while (m.find()) {
                int start;
                int end;
                if (m.groupCount() > 0 && m.groupInfo(GROUP) != null) {
                    start = m.start(GROUP);
                    end = m.end(GROUP);
                } else {
                    start = m.start();
                    end = m.end();
                }
                if (start >= 0 && end > start) {
                    out.add(new Hit(start, end, c.rule()));
                }
            }
        }
        return out;
    }
}
