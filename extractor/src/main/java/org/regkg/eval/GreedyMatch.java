package org.regkg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code match(preds, golds, sim)}: the one-to-one, greedy, best-first assignment of predictions
 * to gold entries. Candidate pairs are taken by similarity, highest first; ties go, as in
 * Python's {@code sort(reverse=True)} of {@code (sim, i, j)} tuples, to the later prediction and
 * then to the later gold entry.
 */
public final class GreedyMatch {
    /** How similar prediction {@code i} is to gold entry {@code j}; 0 means no match. */
    @FunctionalInterface
    public interface Sim {
        double of(int i, int j);
    }

    /** A matched prediction index and gold index. */
    public record Pair(int pred, int gold) {
    }

    private record Candidate(double sim, int pred, int gold) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::sim)
            .thenComparingInt(Candidate::pred).thenComparingInt(Candidate::gold).reversed();

    private GreedyMatch() {
    }

    /** The matched pairs, in the order they were taken. */
    public static List<Pair> match(int preds, int golds, Sim sim) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < preds; i++) {
            for (int j = 0; j < golds; j++) {
                double s = sim.of(i, j);
                if (s > 0) {
                    candidates.add(new Candidate(s, i, j));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        Set<Integer> usedPred = new HashSet<>();
        Set<Integer> usedGold = new HashSet<>();
        List<Pair> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (usedPred.contains(c.pred()) || usedGold.contains(c.gold())) {
                continue;
            }
            usedPred.add(c.pred());
            usedGold.add(c.gold());
            out.add(new Pair(c.pred(), c.gold()));
        }
        return out;
    }
}
