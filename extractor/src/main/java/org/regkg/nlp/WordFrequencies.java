package org.regkg.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * In how many records of an unlabeled corpus each lower-cased word occurs (document frequency),
 * read from a gzipped {@code word<TAB>records} file as {@code spark/word-frequencies.sh} writes it,
 * and the band of a word's count the mention model sees as a feature: a word no other paper uses
 * is a sign of a paper's own name, one hundreds of papers use of an established term. Words absent
 * from the file count as seen once at most.
 */
public final class WordFrequencies {
    /** The lower bound of each band, ascending; the first is 0. */
    private static final int[] BANDS = {0, 2, 10, 100, 1000};
    /** Each band's feature value, made once rather than for every token. */
    private static final String[] BAND_VALUES = {"R0", "R2", "R10", "R100", "R1000"};

    private final Map<String, Integer> records;

    private WordFrequencies(Map<String, Integer> records) {
        this.records = records;
    }

    /** No counts: every word falls in the lowest band. */
    public static WordFrequencies none() {
        return new WordFrequencies(Map.of());
    }

    /** Reads a gzipped frequency file; {@code name} names it in errors. */
    public static WordFrequencies read(InputStream in, String name) {
        Map<String, Integer> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalStateException(name + ":" + n + ": not a word<TAB>count line");
                }
                try {
                    out.put(line.substring(0, tab), Integer.valueOf(line.substring(tab + 1).trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(name + ":" + n + ": not a count: " + line.substring(tab + 1), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        return new WordFrequencies(Map.copyOf(out));
    }

    /** How many records the word (in any case) occurs in; 0 when the file does not list it. */
    public int records(String word) {
        return records.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /** The word's band as a feature value: {@code R0} (at most once), {@code R2}, {@code R10}, {@code R100}, {@code R1000}. */
    public String band(String word) {
        int n = records(word);
        int band = BANDS.length - 1;
        while (n < BANDS[band]) {
            band--;
        }
        return BAND_VALUES[band];
    }
}
