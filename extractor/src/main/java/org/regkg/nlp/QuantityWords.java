package org.regkg.nlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word lists of {@code quantities.yaml}: units, direction cues, metric phrases, vague outcome nouns and spread signs. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record QuantityWords(Map<String, String> units, Set<String> increase, Set<String> decrease,
                            List<String> metrics, Set<String> vague, Set<String> spread) {

    public static QuantityWords load() {
        try (InputStream in = QuantityWords.class.getResourceAsStream("quantities.yaml")) {
            if (in == null) {
                throw new IllegalStateException("quantities.yaml missing from the classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, QuantityWords.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
