package org.regkg.spark;

import org.regkg.nlp.PaperExtractor;

/**
 * The one extractor of this JVM. Loading CoreNLP's models and the rules takes seconds and about a
 * gigabyte, so every task an executor runs shares one thread-safe {@link PaperExtractor}, built on
 * first use. A per-JVM holder like this one is the accepted idiom inside a Spark job (tasks cannot
 * carry it; broadcasting it would serialize the models); the extraction library itself keeps no
 * global state.
 */
final class ExtractorHolder {
    private static volatile PaperExtractor extractor;

    private ExtractorHolder() {
    }

    static PaperExtractor get() {
        PaperExtractor e = extractor;
        if (e == null) {
            synchronized (ExtractorHolder.class) {
                e = extractor;
                if (e == null) {
                    e = PaperExtractor.standard();
                    extractor = e;
                }
            }
        }
        return e;
    }
}
