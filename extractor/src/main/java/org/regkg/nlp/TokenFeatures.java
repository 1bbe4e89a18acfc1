package org.regkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.regkg.facts.Section;
import org.regkg.lexicon.ConceptLabels;
import org.regkg.lexicon.ConceptLexicon;

/**
 * The token columns the mention model reads, the same at training and at tagging time: word, POS
 * tag, lemma, and three columns of our own that CoreNLP's CRF feature factory turns into
 * features (with the current, previous and next token): {@code gaz}, whether the token is inside
 * an ontology label; {@code web}, whether it is inside a Papers with Code method name; and
 * {@code abstr}, where the sentence stands (title, a sentence where the authors propose something
 * and whether the token comes after the proposal verb, a sentence in the first person, other); and
 * in CoreNLP's {@code GENIA} column, the band of the word's document frequency in unlabeled
 * abstracts ({@link WordFrequencies}), read by models trained with {@code useGenia}.
 */
public final class TokenFeatures {
    static final String PWC_NAMES = "/org/regkg/models/pwc-method-names.txt";
    static final String CUE_WORDS = "/org/regkg/models/cue-words.yaml";
    static final String WORD_RECORDS = "/org/regkg/models/word-records.tsv.gz";
    static final String OUTSIDE = "O";

    private record CueWords(List<String> selfWords, List<String> proposeVerbs) {
    }

    private final Gazetteer ontology;
    private final Gazetteer pwc;
    private final Set<String> selfWords;
    private final Set<String> proposeVerbs;
    private final WordFrequencies frequencies;
    private final VersionedNames versionedNames;

    TokenFeatures(Gazetteer ontology, Gazetteer pwc, Set<String> selfWords, Set<String> proposeVerbs,
            WordFrequencies frequencies, VersionedNames versionedNames) {
        this.ontology = ontology;
        this.pwc = pwc;
        this.selfWords = Set.copyOf(selfWords);
        this.proposeVerbs = Set.copyOf(proposeVerbs);
        this.frequencies = frequencies;
        this.versionedNames = versionedNames;
    }

    /** The features over the given ontology, with the shipped PwC names and cue words. */
    public static TokenFeatures standard(ConceptLexicon lexicon) {
        CueWords cues = WordListFiles.read(CUE_WORDS, CueWords.class);
        WordFrequencies frequencies;
        try (InputStream in = resource(WORD_RECORDS)) {
            frequencies = WordFrequencies.read(in, WORD_RECORDS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WORD_RECORDS + ": " + e.getMessage(), e);
        }
        List<String> names = pwcNames();
        List<ConceptLabels> labels = new ArrayList<>();
        for (String name : names) {
            labels.add(new ConceptLabels("pwc:" + labels.size(), "pwc" + labels.size(), name, List.of(name)));
        }
        return new TokenFeatures(new Gazetteer(lexicon), new Gazetteer(labels), Set.copyOf(cues.selfWords()),
                Set.copyOf(cues.proposeVerbs()), frequencies, VersionedNames.of(names));
    }

    private static List<String> pwcNames() {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(PWC_NAMES), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PWC_NAMES + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The tokens of the sentence that name a member of a PwC model family ("ResNet-101"): {@link VersionedNames}. */
    List<Integer> versionedNames(Sentence s) {
        return versionedNames.find(s);
    }

    private static InputStream resource(String name) {
        InputStream in = TokenFeatures.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " missing from the classpath");
        }
        return in;
    }

    /** Ontology label matches in the sentence (also used to tie a mention to its concept). */
    List<Gazetteer.Match> conceptMatches(Sentence s) {
        return ontology.find(s.tokens());
    }

    /** The sentence cue of token {@code i} (the {@code abstr} column). */
    String cue(Sentence s, int i) {
        return cues(s)[i];
    }

    /** True when tokens {@code [start, end)} are exactly a Papers with Code method name. */
    boolean isPwcName(Sentence s, int start, int end) {
        return pwc.find(s.tokens()).stream().anyMatch(m -> m.start() == start && m.end() == end);
    }

    /** Fresh tokens for the sentence with every column set; the answer column is left empty. */
    public List<CoreLabel> tokens(Sentence s) {
        return tokens(s, ontology.find(s.tokens()));
    }

    /** The same as {@link #tokens(Sentence)}, given the sentence's ontology label matches ({@link #conceptMatches}). */
    List<CoreLabel> tokens(Sentence s, List<Gazetteer.Match> ontologyMatches) {
        int n = s.size();
        String[] gaz = marks(ontologyMatches, n, "ONT");
        String[] web = marks(pwc.find(s.tokens()), n, "PWC");
        String[] cue = cues(s);
        List<CoreLabel> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CoreLabel t = new CoreLabel();
            String w = s.word(i);
            t.setWord(w);
            t.setValue(w);
            t.setTag(s.tag(i) == null ? "NN" : s.tag(i));
            t.setLemma(s.lemma(i));
            t.set(CoreAnnotations.GazAnnotation.class, gaz[i]);
            t.set(CoreAnnotations.WebAnnotation.class, web[i]);
            t.set(CoreAnnotations.AbstrAnnotation.class, cue[i]);
            t.set(CoreAnnotations.GeniaAnnotation.class, frequencies.band(w));
            out.add(t);
        }
        return out;
    }

    /**
     * Sets each token's word shape with CoreNLP's shaper {@code shaper} (the model's
     * {@code wordShape} setting, {@code SeqClassifierFlags.wordShape}). CoreNLP computes shapes only
     * for the column files it reads itself; without this the shape features of the model see an
     * empty shape. Sets nothing for {@link WordShapeClassifier#NOWORDSHAPE}.
     */
    public static void setShapes(List<CoreLabel> tokens, int shaper) {
        if (shaper == WordShapeClassifier.NOWORDSHAPE) {
            return;
        }
        for (CoreLabel t : tokens) {
            t.set(CoreAnnotations.ShapeAnnotation.class, WordShapeClassifier.wordShape(t.word(), shaper));
        }
    }

    private static String[] marks(List<Gazetteer.Match> matches, int n, String name) {
        String[] out = new String[n];
        Arrays.fill(out, OUTSIDE);
        for (Gazetteer.Match m : matches) {
            for (int i = m.start(); i < m.end(); i++) {
                out[i] = name + (i == m.start() ? "-B" : "-I") + (m.end() - m.start() == 1 ? "1" : "");
            }
        }
        return out;
    }

    private String[] cues(Sentence s) {
        String[] out = new String[s.size()];
        if (s.section() == Section.TITLE) {
            Arrays.fill(out, "TITLE");
            return out;
        }
        boolean self = false;
        int verb = -1;
        for (int i = 0; i < s.size(); i++) {
            self |= selfWords.contains(s.word(i).toLowerCase(Locale.ROOT));
            String tag = s.tag(i);
            if (verb < 0 && tag != null && tag.startsWith("VB") && proposeVerbs.contains(s.lemma(i))) {
                verb = i;
            }
        }
        String first = s.index() == 0 ? "FIRST" : "";
        for (int i = 0; i < s.size(); i++) {
            if (self && verb >= 0) {
                out[i] = i > verb ? "PROPOSE-AFTER" : "PROPOSE-BEFORE";
            } else {
                out[i] = (self ? "SELF" : "OTHER") + first;
            }
        }
        return out;
    }
}
