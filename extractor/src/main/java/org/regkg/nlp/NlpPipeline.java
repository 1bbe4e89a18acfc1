package org.regkg.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * The CoreNLP pipeline, configured from {@code pipeline.properties}. Build one per process and
 * share it: {@link StanfordCoreNLP#annotate(Annotation)} is safe to call from several threads.
 */
public final class NlpPipeline {
    private final StanfordCoreNLP pipeline;

    public NlpPipeline() {
        this.pipeline = new StanfordCoreNLP(properties());
    }

    /**
     * Starts loading a pipeline on a daemon thread of its own (the models take a second or more to
     * read) and has it annotate one sentence, so that the annotators' lazily read resources are in
     * place before the first paper; {@link Loading#await} gives it.
     */
    public static CompletableFuture<NlpPipeline> loading() {
        return CompletableFuture.supplyAsync(() -> {
            NlpPipeline p = new NlpPipeline();
            p.annotate("A first sentence loads what the annotators read on first use.");
            return p;
        }, task -> {
            Thread t = new Thread(task, "regkg-load-nlp");
            t.setDaemon(true);
            t.start();
        });
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
