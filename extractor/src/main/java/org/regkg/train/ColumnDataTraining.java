package org.regkg.train;

import edu.stanford.nlp.classify.ColumnDataClassifier;
import edu.stanford.nlp.classify.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
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
        Dataset<String, String> data = new Dataset<>();
        for (String line : lines) {
            data.add(cdc.makeDatumFromLine(line));
        }
        cdc.makeClassifier(data);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            cdc.serializeClassifier(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
