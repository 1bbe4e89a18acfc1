package org.regkg.nlp;

import edu.stanford.nlp.util.Index;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The feature ids of two CRF models from one lookup per feature string: an open-addressing table
 * of the union of the models' feature strings, each slot with both models' ids next to each other
 * (−1 where a model has no such feature). Looking a string up in each model's own index costs two
 * hash-map probes, each a few cache misses in a table of hundreds of thousands of strings; this
 * costs one. Immutable once built; safe to share between threads.
 *
 * <p>Written out rather than taken from a primitive-collections library: the same table on HPPC's
 * {@code ObjectLongHashMap} (both ids packed in one {@code long}, its default load factor) made a
 * 10,000-abstract build 8 % slower, side by side (docs/performance.md, stop 16); this table keeps
 * the load under 0.2, and each slot's two ids together.
 */
final class JointFeatureIds {
    private final String[] keys;
    private final int[] ids;
    private final int mask;

    JointFeatureIds(Index<String> first, Index<String> second) {
        int capacity = Integer.highestOneBit(Math.max(2, (first.size() + second.size()) * 2 - 1)) * 2;
        keys = new String[capacity];
        ids = new int[capacity * 2];
        Arrays.fill(ids, -1);
        mask = capacity - 1;
        for (int i = 0; i < first.size(); i++) {
            ids[2 * insert(first.get(i))] = i;
        }
        for (int i = 0; i < second.size(); i++) {
            ids[2 * insert(second.get(i)) + 1] = i;
        }
    }

    private int insert(String key) {
        int slot = slot(key);
        while (keys[slot] != null && !keys[slot].equals(key)) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        return slot;
    }

    private int slot(String key) {
        int h = key.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }

    /** The slot of {@code key}, or −1 when neither model has it. */
    private int find(String key) {
        int slot = slot(key);
        for (String k = keys[slot]; k != null; k = keys[slot]) {
            if (k.equals(key)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /**
     * Both models' ids of a sentence's feature strings (per position, per clique), each as
     * {@link CrfFeatureSet#ids} makes it for its model: {@code [0]} the first model's, {@code [1]}
     * the second's.
     */
    int[][][][] ids(List<List<Collection<String>>> features) {
        int[][][] a = new int[features.size()][][];
        int[][][] b = new int[features.size()][][];
        for (int j = 0; j < a.length; j++) {
            List<Collection<String>> cliques = features.get(j);
            a[j] = new int[cliques.size()][];
            b[j] = new int[cliques.size()][];
            for (int k = 0; k < cliques.size(); k++) {
                Collection<String> strings = cliques.get(k);
                int[] ia = new int[strings.size()];
                int[] ib = new int[strings.size()];
                int ma = 0;
                int mb = 0;
                for (String f : strings) {
                    int slot = find(f);
                    if (slot >= 0) {
                        int x = ids[2 * slot];
                        int y = ids[2 * slot + 1];
                        if (x >= 0) {
                            ia[ma++] = x;
                        }
                        if (y >= 0) {
                            ib[mb++] = y;
                        }
                    }
                }
                a[j][k] = ma == ia.length ? ia : Arrays.copyOf(ia, ma);
                b[j][k] = mb == ib.length ? ib : Arrays.copyOf(ib, mb);
            }
        }
        return new int[][][][] {a, b};
    }
}
