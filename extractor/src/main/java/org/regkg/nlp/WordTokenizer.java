package org.regkg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text as the mention model sees them, without tagging: CoreNLP's tokenizer with
 * the options of {@code pipeline.properties} and {@link TokenJoiner}'s rejoined names. For
 * learning word clusters from unlabeled text (the mention model's {@code distSimLexicon}), so the
 * clusters are keyed by the same tokens the model is given. Safe to share between threads.
 */
public final class WordTokenizer {
    private final String options;

    public WordTokenizer() {
        this.options = NlpPipeline.properties().getProperty("tokenize.options", "");
    }

    /** The words of {@code text}, in order. */
    public List<String> words(String text) {
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(), options);
        List<CoreLabel> tokens = new ArrayList<>();
        while (tokenizer.hasNext()) {
            tokens.add(tokenizer.next());
        }
        List<String> out = new ArrayList<>(tokens.size());
        for (CoreLabel t : TokenJoiner.join(tokens)) {
            out.add(t.word());
        }
        return out;
    }
}
