package org.regkg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build of RegKG (from the Maven project version). */
public final class ExtractorVersion {
    private ExtractorVersion() {
    }

    public static String get() {
        Properties p = new Properties();
        try (InputStream in = ExtractorVersion.class.getResourceAsStream("/org/regkg/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}
