package org.regkg.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.Triple;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.regkg.facts.EntityKind;

/**
 * The learned mention model: a CoreNLP {@link CRFClassifier} that tags each token of a sentence
 * as part of a method, technique or dataset mention (IO tags named after {@link EntityKind}), or
 * {@value TokenFeatures#OUTSIDE}. Each span carries the model's probability for it (the mean over
 * its tokens of the marginal probability of its tag), and spans of a kind below that kind's
 * minimum probability are left out. Trained by {@code regkg train}; load once per process and
 * share (tagging is thread-safe).
 */
public final class MentionTagger {
    /** The shipped model, trained on every annotated abstract. */
    public static final String RESOURCE = "/org/regkg/models/mentions.crf.ser.gz";
    /** The shipped dataset model (dataset names alone, trained on the annotated abstracts and TDMSci). */
    public static final String DATASETS_RESOURCE = "/org/regkg/models/datasets.crf.ser.gz";

    /**
     * Tokens {@code [start, end)} of a sentence tagged as a mention of {@code kind}, with the
     * model's probability for the tag (mean token marginal).
     */
    public record Span(EntityKind kind, int start, int end, double probability) {
    }

    /**
     * A sentence's model tokens with the feature strings of one model's feature factory at every
     * position (per position, per clique, as CoreNLP's {@code makeDatum} makes them): what
     * {@link #tag(Featurized)} turns into its model's feature ids. Models that read the same
     * features ({@link #readsFeaturesOf}) tag one featurized sentence, so the strings, the costliest
     * part of tagging, are made once for both.
     */
    record Featurized(CrfFeatureSet featureSet, List<CoreLabel> tokens, List<List<Collection<String>>> features) {
    }

    private final CRFClassifier<CoreLabel> crf;
    private final CrfFeatureSet featureSet;
    private final TokenFeatures features;
    private final Map<EntityKind, Double> minProbability;

    public MentionTagger(CRFClassifier<CoreLabel> crf, TokenFeatures features) {
        this(crf, CrfFeatureSet.of(crf), features, Map.of());
    }

    private MentionTagger(CRFClassifier<CoreLabel> crf, CrfFeatureSet featureSet, TokenFeatures features,
            Map<EntityKind, Double> minProbability) {
        this.crf = crf;
        this.featureSet = featureSet;
        this.features = features;
        this.minProbability = minProbability.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(minProbability));
    }

    /** The same model, keeping only spans whose probability reaches their kind's minimum (0 when absent). */
    public MentionTagger withMinProbability(Map<EntityKind, Double> min) {
        return new MentionTagger(crf, featureSet, features, min);
    }

    /**
     * Whether this model can be given the sentences {@code other} featurized: true when its feature
     * settings are {@code other}'s, or {@code other}'s without features of its own columns (a
     * feature this model was not trained with has no id in it and is skipped, as CoreNLP skips it).
     */
    public boolean readsFeaturesOf(MentionTagger other) {
        return featureSet.isCoveredBy(other.featureSet);
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

    /** The shipped dataset model, or null when the extractor is built without one. */
    public static MentionTagger bundledDatasets(TokenFeatures features) {
        InputStream in = MentionTagger.class.getResourceAsStream(DATASETS_RESOURCE);
        return in == null ? null : read(in, features);
    }

    /** Whether the extractor is built with a dataset model. */
    public static boolean isDatasetModelBundled() {
        return MentionTagger.class.getResource(DATASETS_RESOURCE) != null;
    }

    /** Whether the extractor is built with a mention model. */
    public static boolean isBundled() {
        return MentionTagger.class.getResource(RESOURCE) != null;
    }

    CrfFeatureSet featureSet() {
        return featureSet;
    }

    public TokenFeatures features() {
        return features;
    }

    /**
     * The mentions in the sentence, left to right: the best tag sequence (Viterbi, as CoreNLP's
     * {@code classify} finds it) read off the same calibrated clique tree that gives the marginals.
     */
    public List<Span> tag(Sentence s) {
        return tag(s, features.conceptMatches(s));
    }

    /** The same, given the sentence's ontology label matches as {@link TokenFeatures#conceptMatches} finds them. */
    List<Span> tag(Sentence s, List<Gazetteer.Match> ontologyMatches) {
        return tag(featurize(s, ontologyMatches));
    }

    /** The sentence's tokens and this model's feature strings at each of them. */
    Featurized featurize(Sentence s, List<Gazetteer.Match> ontologyMatches) {
        List<CoreLabel> tokens = features.tokens(s, ontologyMatches);
        TokenFeatures.setShapes(tokens, crf.flags.wordShape);
        List<List<Collection<String>>> out = new ArrayList<>(tokens.size());
        for (int j = 0; j < tokens.size(); j++) {
            out.add(crf.makeDatum(tokens, j, crf.featureFactories).asFeatures());
        }
        return new Featurized(featureSet, tokens, out);
    }

    /**
     * The mentions in a featurized sentence, left to right; the sentence must come from this model
     * or from one whose features it reads ({@link #readsFeaturesOf}).
     */
    List<Span> tag(Featurized sentence) {
        if (!featureSet.isCoveredBy(sentence.featureSet())) {
            throw new IllegalArgumentException("the sentence was featurized for a model with other features");
        }
        return tag(sentence, featureSet.ids(sentence.features()));
    }

    /** The mentions in a featurized sentence, given this model's ids of its features (as {@link CrfFeatureSet#ids} makes them). */
    List<Span> tag(Featurized sentence, int[][][] ids) {
        List<CoreLabel> tokens = sentence.tokens();
        List<Span> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        CRFCliqueTree<String> tree = crf.getCliqueTree(new Triple<>(ids, null, null));
        int[] best = new ExactBestSequenceFinder().bestSequence(new TestSequenceModel(tree));
        Index<String> labels = tree.classIndex();
        int offset = tree.window() - 1;
        String[] tags = new String[tokens.size()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = labels.get(best[i + offset]);
        }
        int i = 0;
        while (i < tags.length) {
            String a = tags[i];
            if (a.equals(TokenFeatures.OUTSIDE) || a.equals(crf.flags.backgroundSymbol)) {
                i++;
                continue;
            }
            int j = i + 1;
            double sum = tree.prob(i, a);
            while (j < tags.length && a.equals(tags[j])) {
                sum += tree.prob(j, a);
                j++;
            }
            EntityKind kind = EntityKind.valueOf(a);
            double p = sum / (j - i);
            if (p >= minProbability.getOrDefault(kind, 0.0)) {
                out.add(new Span(kind, i, j, p));
            }
            i = j;
        }
        return out;
    }
}
