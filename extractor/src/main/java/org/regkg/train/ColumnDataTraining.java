package org.regkg.train;

import edu.stanford.nlp.classify.ColumnDataClassifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;

/** Trains a CoreNLP ColumnDataClassifier on in-memory lines with settings from a properties resource. */
final class ColumnDataTraining {
    private ColumnDataTraining() {
    }

    /** The gzipped serialized classifier trained on {@code lines} (answer column first). */
    static byte[] train(String settingsResource, List<String> lines) {
        ColumnDataClassifier cdc = new ColumnDataClassifier(properties(settingsResource));
        Path file = null;
        try {
            // trainClassifier reads a file; it is the path that leaves the classifier in the object
            file = Files.createTempFile("regkg-cdc-", ".tsv");
            Files.write(file, lines, StandardCharsets.UTF_8);
            if (!cdc.trainClassifier(file.toString())) {
                throw new IllegalStateException("ColumnDataClassifier training failed");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
                cdc.serializeClassifier(out);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = ColumnDataTraining.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
