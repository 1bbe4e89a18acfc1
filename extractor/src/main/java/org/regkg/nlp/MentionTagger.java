package org.regkg.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.regkg.facts.EntityKind;

/**
 * The learned mention model: a CoreNLP {@link CRFClassifier} that tags each token of a sentence
 * as part of a method, technique or dataset mention (IO tags named after {@link EntityKind}), or
 * {@value TokenFeatures#OUTSIDE}. Trained by {@code regkg train}; load once per process and share
 * (tagging is thread-safe).
 */
public final class MentionTagger {
    /** The shipped model, trained on every annotated abstract. */
    public static final String RESOURCE = "/org/regkg/models/mentions.crf.ser.gz";

    /** Tokens {@code [start, end)} of a sentence tagged as a mention of {@code kind}. */
    public record Span(EntityKind kind, int start, int end) {
    }

    private final CRFClassifier<CoreLabel> crf;
    private final TokenFeatures features;

    public MentionTagger(CRFClassifier<CoreLabel> crf, TokenFeatures features) {
        this.crf = crf;
        this.features = features;
    }

    /** Reads a gzipped serialized model, as {@code regkg train} writes it. */
    public static MentionTagger read(InputStream in, TokenFeatures features) {
        try (ObjectInputStream ois = new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(in)))) {
            return new MentionTagger(CRFClassifier.getClassifier(ois), features);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mention model: " + e.getMessage(), e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("not a mention model: " + e.getMessage(), e);
        }
    }

    /** The shipped model, or null when the extractor is built without one. */
    public static MentionTagger bundled(TokenFeatures features) {
        InputStream in = MentionTagger.class.getResourceAsStream(RESOURCE);
        return in == null ? null : read(in, features);
    }

    /** Whether the extractor is built with a mention model. */
    public static boolean isBundled() {
        return MentionTagger.class.getResource(RESOURCE) != null;
    }

    public TokenFeatures features() {
        return features;
    }

    /** The mentions in the sentence, left to right. */
    public List<Span> tag(Sentence s) {
        List<CoreLabel> tokens = features.tokens(s);
        crf.classify(tokens);
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String a = tokens.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            if (a == null || a.equals(TokenFeatures.OUTSIDE) || a.equals(crf.flags.backgroundSymbol)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && a.equals(tokens.get(j).get(CoreAnnotations.AnswerAnnotation.class))) {
                j++;
            }
            out.add(new Span(EntityKind.valueOf(a), i, j));
            i = j;
        }
        return out;
    }
}
