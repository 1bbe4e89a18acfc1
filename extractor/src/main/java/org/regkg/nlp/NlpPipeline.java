package org.regkg.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The CoreNLP pipeline, configured from {@code pipeline.properties}. Build one per process and
 * share it: {@link StanfordCoreNLP#annotate(Annotation)} is safe to call from several threads.
 */
public final class NlpPipeline {
    private final StanfordCoreNLP pipeline;

    public NlpPipeline() {
        this.pipeline = new StanfordCoreNLP(properties());
    }

    static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = NlpPipeline.class.getResourceAsStream("pipeline.properties")) {
            if (in == null) {
                throw new IllegalStateException("pipeline.properties missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Tokenises, splits, tags and lemmatises {@code text}. */
    public Annotation annotate(String text) {
        Annotation a = new Annotation(text);
        pipeline.annotate(a);
        return a;
    }
}
