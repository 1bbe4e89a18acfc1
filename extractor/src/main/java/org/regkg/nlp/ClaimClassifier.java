package org.regkg.nlp;

import edu.stanford.nlp.classify.ColumnDataClassifier;
import edu.stanford.nlp.ling.Datum;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.stats.Counters;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * The learned claim decision: a CoreNLP {@link ColumnDataClassifier} (logistic regression) that
 * tells whether an abstract sentence claims a result of the paper's own work, from its words and
 * word n-grams, the claim and veto rules that fired on it, and its position. Trained by
 * {@code regkg train}; load once per process and share.
 */
public final class ClaimClassifier {
    /** The shipped model, trained on every annotated abstract. */
    public static final String RESOURCE = "/org/regkg/models/claims.cdc.ser.gz";
    public static final String CLAIM = "claim";
    public static final String OTHER = "other";

    /** The least probability of a claim when no other is set: the classifier's own decision. */
    public static final double DEFAULT_MIN_PROBABILITY = 0.5;

    private final ColumnDataClassifier cdc;
    private final double minProbability;

    public ClaimClassifier(ColumnDataClassifier cdc) {
        this(cdc, DEFAULT_MIN_PROBABILITY);
    }

    private ClaimClassifier(ColumnDataClassifier cdc, double minProbability) {
        this.cdc = cdc;
        this.minProbability = minProbability;
    }

    /** The same classifier, counting a sentence as a claim from probability {@code min} on. */
    public ClaimClassifier withMinProbability(double min) {
        return new ClaimClassifier(cdc, min);
    }

    /** The least probability a sentence needs to count as a claim. */
    public double minProbability() {
        return minProbability;
    }

    public static ClaimClassifier read(InputStream in) {
        try (ObjectInputStream ois = new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(in)))) {
            return new ClaimClassifier(ColumnDataClassifier.getClassifier(ois));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the claim classifier: " + e.getMessage(), e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("not a claim classifier: " + e.getMessage(), e);
        }
    }

    /** The shipped model, or null when the extractor is built without one. */
    public static ClaimClassifier bundled() {
        InputStream in = ClaimClassifier.class.getResourceAsStream(RESOURCE);
        return in == null ? null : read(in);
    }

    /** The probability that the sentence is a claim. */
    public double probability(Sentence s, int sentences, List<RuleSet.Hit> claimHits, boolean vetoed) {
        Datum<String, String> d = cdc.makeDatumFromLine(line(OTHER, s, sentences, claimHits, vetoed));
        Counter<String> scores = cdc.scoresOf(d);
        Counters.logNormalizeInPlace(scores);
        return Math.exp(scores.getCount(CLAIM));
    }

    /** The classifier's input line for a sentence, with its answer first (the training format). */
    public static String line(String answer, Sentence s, int sentences, List<RuleSet.Hit> claimHits, boolean vetoed) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < s.size(); i++) {
            String w = s.word(i).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
            if (w.matches(".*[0-9].*")) {
                w = "NUM";
            }
            if (!w.isEmpty()) {
                words.append(words.length() == 0 ? "" : " ").append(w);
            }
        }
        StringBuilder rules = new StringBuilder("rules:");
        for (RuleSet.Hit h : claimHits) {
            rules.append(' ').append(h.rule().id());
        }
        if (vetoed) {
            rules.append(" veto");
        }
        if (claimHits.isEmpty() && !vetoed) {
            rules.append(" none");
        }
        int last = sentences - 1;
        String position = "pos-" + (s.index() == 0 ? "first" : s.index() == last ? "last" : "mid")
                + " tenth-" + (sentences <= 1 ? 0 : (10 * s.index()) / sentences);
        return answer + '\t' + (words.length() == 0 ? "EMPTY" : words) + '\t' + rules + '\t' + position;
    }
}
