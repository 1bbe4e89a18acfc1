package org.regkg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rejoins names the tokenizer cut apart: a capitalised word and a version number written without
 * a space between them ("MultiWOZ2.0" comes out of CoreNLP as "MultiWOZ" + "2.0") are one token,
 * and so are a capitalised name and the plus signs that touch it ("PixelCNN++", "chrF++").
 */
final class TokenJoiner {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z\\-]*[A-Za-z]");
    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*[A-Za-z]?");
    private static final Pattern NAME_PLUS = Pattern.compile("[A-Za-z][A-Za-z0-9\\-]*[A-Za-z0-9]\\+*");
    private static final Pattern PLUS = Pattern.compile("\\++");

    private TokenJoiner() {
    }

    /** The tokens with every name + number pair that touches in {@code source} made one token. */
    static List<CoreLabel> join(List<CoreLabel> tokens) {
        List<CoreLabel> out = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            CoreLabel prev = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean touching = prev != null && prev.endPosition() == t.beginPosition() && hasCapital(prev.word());
            boolean version = touching && NAME.matcher(prev.word()).matches() && VERSION.matcher(t.word()).matches();
            boolean plus = touching && NAME_PLUS.matcher(prev.word()).matches() && PLUS.matcher(t.word()).matches();
            if (version || plus) {
                out.set(out.size() - 1, merged(prev, t));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean hasCapital(String w) {
        return w.chars().anyMatch(Character::isUpperCase);
    }

    private static CoreLabel merged(CoreLabel a, CoreLabel b) {
        CoreLabel m = new CoreLabel(a);
        String word = a.word() + b.word();
        m.setWord(word);
        m.setValue(word);
        m.setOriginalText(a.originalText() + b.originalText());
        m.setEndPosition(b.endPosition());
        m.setAfter(b.after());
        m.setTag("NNP");
        m.setLemma(word);
        return m;
    }
}
