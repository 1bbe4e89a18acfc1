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
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Section;

/**
 * The paper-level decision between "this paper proposes it" and "it is an established technique
 * the paper uses": a CoreNLP {@link ColumnDataClassifier} over everything the paper says about one
 * mentioned thing (all its mentions): whether it is in the title, after a proposal cue ("we
 * propose X"), defined as an acronym, an ontology concept or a Papers with Code method name, its
 * shape (a coined name?), how often and how early it is mentioned, its head word and the word
 * before its first mention. Trained by {@code regkg train}; load once per process and share.
 */
public final class MethodDecision {
    /** The shipped model, trained on every annotated abstract. */
    public static final String RESOURCE = "/org/regkg/models/method-decision.cdc.ser.gz";

    private final ColumnDataClassifier cdc;

    public MethodDecision(ColumnDataClassifier cdc) {
        this.cdc = cdc;
    }

    public static MethodDecision read(InputStream in) {
        try (ObjectInputStream ois = new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(in)))) {
            return new MethodDecision(ColumnDataClassifier.getClassifier(ois));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the method decision model: " + e.getMessage(), e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("not a method decision model: " + e.getMessage(), e);
        }
    }

    /** The shipped model, or null when the extractor is built without one. */
    public static MethodDecision bundled() {
        InputStream in = MethodDecision.class.getResourceAsStream(RESOURCE);
        return in == null ? null : read(in);
    }

    /** The probability that the thing these mentions name is the paper's own method. */
    public double methodProbability(List<Candidate> mentions, List<Sentence> paper, TokenFeatures features) {
        Datum<String, String> d = cdc.makeDatumFromLine(line(EntityKind.TECHNIQUE, mentions, paper, features));
        Counter<String> scores = cdc.scoresOf(d);
        Counters.logNormalizeInPlace(scores);
        return Math.exp(scores.getCount(EntityKind.METHOD.name()));
    }

    /** The classifier's input line for one thing (all its mentions in the paper), answer first. */
    public static String line(EntityKind answer, List<Candidate> mentions, List<Sentence> paper, TokenFeatures features) {
        TreeSet<String> f = new TreeSet<>();
        Candidate first = null;
        for (Candidate c : mentions) {
            Sentence s = c.sentence();
            if (first == null || before(c, first)) {
                first = c;
            }
            if (s.section() == Section.TITLE) {
                f.add("title");
                f.add(c.start() == 0 ? "title-start" : "title-inside");
                if (c.end() < s.size() && s.word(c.end()).equals(":")) {
                    f.add("title-colon");
                }
            }
            String cue = features.cue(s, c.start());
            f.add("cue-" + cue);
            for (Acronyms.Definition d : Acronyms.find(s)) {
                if (d.shortStart() == c.start() && d.shortEnd() == c.end()) {
                    f.add("acronym-short");
                } else if (d.longStart() <= c.start() && c.end() <= d.longEnd()) {
                    f.add("acronym-long");
                }
            }
            for (Gazetteer.Match m : features.conceptMatches(s)) {
                if (m.start() == c.start() && m.end() == c.end()) {
                    f.add("concept-exact");
                } else if (m.end() == c.end() && m.start() > c.start()) {
                    f.add("concept-head");
                }
            }
            if (features.isPwcName(s, c.start(), c.end())) {
                f.add("pwc");
            }
            if (c.start() > 0) {
                String prev = s.word(c.start() - 1).toLowerCase(Locale.ROOT);
                if (prev.equals("our") || prev.equals("the") || prev.equals("a") || prev.equals("an") || prev.equals("this")) {
                    f.add("prev-" + prev);
                }
            }
            String text = c.text();
            f.add(text.matches(".*\\S\\p{Lu}.*") ? "shape-coined" : text.equals(text.toLowerCase(Locale.ROOT)) ? "shape-lower" : "shape-capital");
            if (text.matches(".*[0-9].*")) {
                f.add("shape-digit");
            }
        }
        int n = mentions.size();
        f.add("mentions-" + (n >= 3 ? "3+" : Integer.toString(n)));
        if (first != null) {
            Sentence s = first.sentence();
            f.add("first-" + (s.section() == Section.TITLE ? "title" : s.index() == 0 ? "s0" : s.index() <= 2 ? "s1-2" : "s3+"));
            f.add("head-" + s.lemma(first.end() - 1).replaceAll("\\s+", ""));
            f.add("words-" + Math.min(first.end() - first.start(), 4));
        }
        return answer.name() + '\t' + String.join(" ", f);
    }

    /**
     * Training lines from a gold-tagged paper: each run of METHOD or TECHNIQUE tags is a mention,
     * mentions with the same entity key are one thing, labelled by the kind of most of its mentions.
     */
    public static List<String> trainingLines(List<Sentence> sentences, List<String[]> tags, TokenFeatures features) {
        java.util.Map<String, List<Candidate>> groups = new java.util.LinkedHashMap<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            String[] t = tags.get(si);
            int i = 0;
            while (i < t.length) {
                if (!t[i].equals(EntityKind.METHOD.name()) && !t[i].equals(EntityKind.TECHNIQUE.name())) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < t.length && t[j].equals(t[i])) {
                    j++;
                }
                Candidate c = new Candidate(EntityKind.valueOf(t[i]), s, i, j, PaperExtractor.MODEL_RULE, 1.0, null, false);
                groups.computeIfAbsent(WordKeys.entityKey(c.text()), k -> new java.util.ArrayList<>()).add(c);
                i = j;
            }
        }
        List<String> out = new java.util.ArrayList<>();
        for (List<Candidate> g : groups.values()) {
            long methods = g.stream().filter(c -> c.kind() == EntityKind.METHOD).count();
            EntityKind kind = 2 * methods >= g.size() ? EntityKind.METHOD : EntityKind.TECHNIQUE;
            out.add(line(kind, g, sentences, features));
        }
        return out;
    }

    private static boolean before(Candidate a, Candidate b) {
        int sa = a.sentence().section().ordinal();
        int sb = b.sentence().section().ordinal();
        if (sa != sb) {
            return sa < sb;
        }
        if (a.sentence().index() != b.sentence().index()) {
            return a.sentence().index() < b.sentence().index();
        }
        return a.start() < b.start();
    }
}
