package org.regkg.nlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** A rules file: named macros (TokensRegex fragments) and the rules that use them. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record RuleFile(Map<String, String> macros, List<Rule> rules) {
    public RuleFile {
        macros = macros == null ? Map.of() : Map.copyOf(macros);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
