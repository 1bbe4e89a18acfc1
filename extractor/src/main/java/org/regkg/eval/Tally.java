package org.regkg.eval;

/** True positives, false positives and false negatives of one category, summed over papers. */
public final class Tally {
    private int tp;
    private int fp;
    private int fn;

    /** One paper: {@code predicted} facts, {@code gold} facts, {@code matched} of them paired. */
    public void add(int predicted, int gold, int matched) {
        tp += matched;
        fp += predicted - matched;
        fn += gold - matched;
    }

    /** Precision, recall and F1, each rounded to three decimals as the scorer rounds them. */
    public Prf prf() {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(PyLib.round3(p), PyLib.round3(r), PyLib.round3(f), tp, fp, fn);
    }

    /** Precision, recall, F1 (rounded to three decimals) and the counts behind them. */
    public record Prf(double precision, double recall, double f1, int tp, int fp, int fn) {
    }
}
