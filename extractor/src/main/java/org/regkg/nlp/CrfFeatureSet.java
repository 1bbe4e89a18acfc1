package org.regkg.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The features a CoreNLP CRF model reads: its feature settings (the scalar settings of its
 * {@code SeqClassifierFlags} and its feature factories' classes) and its feature index, which
 * turns feature strings into the model's feature ids the way {@code CRFClassifier} does at test
 * time (a string the model was not trained with is skipped).
 *
 * <p>One model's feature strings serve another when the two were trained with the same settings
 * but for features that only add strings of their own ({@link #ADDITIVE}, e.g. the GENIA column):
 * the other model has no ids for those and skips them, so its ids are exactly those of its own
 * feature factory.
 */
final class CrfFeatureSet {
    /** Settings whose features are strings of their own, added to the others' (CoreNLP's GENIA column). */
    static final Set<String> ADDITIVE = Set.of("useGENIA=true");

    private final Set<String> settings;
    private final Index<String> index;

    private CrfFeatureSet(Set<String> settings, Index<String> index) {
        this.settings = settings;
        this.index = index;
    }

    static CrfFeatureSet of(CRFClassifier<CoreLabel> crf) {
        Set<String> settings = new TreeSet<>(Arrays.asList(crf.flags.getNotNullTrueStringRep().split("\n")));
        settings.add("windowSize=" + crf.windowSize);
        for (FeatureFactory<CoreLabel> f : crf.featureFactories) {
            settings.add("featureFactory=" + f.getClass().getName());
        }
        return new CrfFeatureSet(Set.copyOf(settings), featureIndex(crf));
    }

    /** The model's feature index: feature string to id. */
    Index<String> index() {
        return index;
    }

    /** Whether the feature strings of {@code other} give this model exactly the ids of its own strings. */
    boolean isCoveredBy(CrfFeatureSet other) {
        if (other == this) {
            return true;
        }
        if (!other.settings.containsAll(settings)) {
            return false;
        }
        return other.settings.stream().allMatch(s -> settings.contains(s) || ADDITIVE.contains(s));
    }

    /**
     * The feature ids of a sentence's feature strings (per position, per clique), as
     * {@code CRFClassifier.documentToDataAndLabels} makes them.
     */
    int[][][] ids(List<List<Collection<String>>> features) {
        int[][][] data = new int[features.size()][][];
        for (int j = 0; j < data.length; j++) {
            List<Collection<String>> cliques = features.get(j);
            int[][] dj = data[j] = new int[cliques.size()][];
            for (int k = 0; k < dj.length; k++) {
                Collection<String> strings = cliques.get(k);
                int[] ids = new int[strings.size()];
                int m = 0;
                for (String f : strings) {
                    int id = index.indexOf(f);
                    if (id >= 0) {
                        ids[m++] = id;
                    }
                }
                dj[k] = m == ids.length ? ids : Arrays.copyOf(ids, m);
            }
        }
        return data;
    }

    /**
     * The model's feature index. {@code CRFClassifier} keeps it package-private and offers no getter;
     * its public {@code getCliqueTree} takes feature ids, so the ids are made here from it.
     */
    @SuppressWarnings("unchecked")
    private static Index<String> featureIndex(CRFClassifier<CoreLabel> crf) {
        try {
            Field f = CRFClassifier.class.getDeclaredField("featureIndex");
            f.setAccessible(true);
            Object index = f.get(crf);
            if (index == null) {
                throw new IllegalStateException("the CRF model has no feature index (not a trained model)");
            }
            return (Index<String>) index;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the CRF model's feature index from this CoreNLP: " + e, e);
        }
    }
}
