package org.regkg.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the YAML word-list files of this package ({@code name-variants.yaml}, ...) from the classpath. */
final class WordListFiles {
    private WordListFiles() {
    }

    /**
     * The resource {@code name} (beside this class, or an absolute classpath path), read as
     * {@code type}; names the file in every error.
     */
    static <T> T read(String name, Class<T> type) {
        try (InputStream in = WordListFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
