package org.regkg.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.regkg.facts.EntityKind;
import org.regkg.nlp.Sentence;

/**
 * Turns a gold annotation into token tags: every occurrence of an entity's name or alias in the
 * paper's sentences is tagged with the entity's kind. Forms are compared the way the scorer
 * compares labels (case, spaces and punctuation ignored), token-aligned, with a plural "s" allowed
 * at the end. Where occurrences overlap, the longer wins, then method before dataset before
 * technique.
 */
public final class SpanAligner {
    /** The tag of a token outside every mention. */
    public static final String OUTSIDE = "O";
    private static final String[] FIELDS = {"methods", "datasets", "techniques"};
    private static final EntityKind[] KINDS = {EntityKind.METHOD, EntityKind.DATASET, EntityKind.TECHNIQUE};

    private record Occurrence(int sentence, int start, int end, int priority, EntityKind kind) {
    }

    private SpanAligner() {
    }

    /** One tag array per sentence. */
    public static List<String[]> tags(List<Sentence> sentences, JsonNode gold) {
        List<Occurrence> found = new ArrayList<>();
        String[][] norms = new String[sentences.size()][];
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sent = sentences.get(s);
            norms[s] = new String[sent.size()];
            for (int i = 0; i < sent.size(); i++) {
                norms[s][i] = norm(sent.word(i));
            }
        }
        for (int f = 0; f < FIELDS.length; f++) {
            JsonNode list = gold.get(FIELDS[f]);
            if (list == null || !list.isArray()) {
                continue;
            }
            for (JsonNode e : list) {
                List<String> forms = new ArrayList<>();
                forms.add(norm(e.path("name").asText("")));
                e.path("aliases").forEach(a -> forms.add(norm(a.asText(""))));
                for (String form : forms) {
                    if (!form.isEmpty()) {
                        find(norms, form, f, KINDS[f], found);
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt((Occurrence o) -> o.start() - o.end())
                .thenComparingInt(Occurrence::priority).thenComparingInt(Occurrence::sentence)
                .thenComparingInt(Occurrence::start));
        List<String[]> out = new ArrayList<>();
        for (Sentence sent : sentences) {
            String[] t = new String[sent.size()];
            Arrays.fill(t, OUTSIDE);
            out.add(t);
        }
        for (Occurrence o : found) {
            String[] t = out.get(o.sentence());
            boolean free = true;
            for (int i = o.start(); i < o.end(); i++) {
                free &= t[i].equals(OUTSIDE);
            }
            if (free) {
                Arrays.fill(t, o.start(), o.end(), o.kind().name());
            }
        }
        return out;
    }

    private static void find(String[][] norms, String form, int priority, EntityKind kind, List<Occurrence> out) {
        String plural = form + "s";
        for (int s = 0; s < norms.length; s++) {
            String[] w = norms[s];
            for (int i = 0; i < w.length; i++) {
                if (w[i].isEmpty() || !plural.startsWith(w[i])) {
                    continue;
                }
                StringBuilder acc = new StringBuilder();
                for (int j = i; j < w.length; j++) {
                    acc.append(w[j]);
                    String a = acc.toString();
                    if (a.equals(form) || a.equals(form + "s")) {
                        out.add(new Occurrence(s, i, j + 1, priority, kind));
                        break;
                    }
                    if (!plural.startsWith(a)) {
                        break;
                    }
                }
            }
        }
    }

    /** score.py's norm without the article rule: NFKC, lower case, letters and digits only. */
    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        n.codePoints().filter(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c >= 0xC0)
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
