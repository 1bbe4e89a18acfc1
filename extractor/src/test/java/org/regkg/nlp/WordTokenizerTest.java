package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {
    @Test
    void wordsAreThePipelinesTokensWithNamesRejoined() {
        // hyphenated words stay whole (splitHyphenated=false), a name and its version number are one token
        assertThat(new WordTokenizer().words("We fine-tune T5 on MultiWOZ2.0 with weight decay (PixelCNN++)."))
                .containsExactly("We", "fine-tune", "T5", "on", "MultiWOZ2.0", "with", "weight", "decay", "(", "PixelCNN++",
                        ")", ".");
    }

    @Test
    void shapesAreSetWithTheModelsShaper() {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String w : List.of("CIFAR-10", "dropout")) {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            tokens.add(t);
        }
        TokenFeatures.setShapes(tokens, WordShapeClassifier.lookupShaper("chris2useLC"));
        assertThat(tokens).allSatisfy(t -> assertThat(t.get(CoreAnnotations.ShapeAnnotation.class)).isNotBlank());
        assertThat(tokens.get(0).get(CoreAnnotations.ShapeAnnotation.class))
                .isNotEqualTo(tokens.get(1).get(CoreAnnotations.ShapeAnnotation.class));
        // no shaper, no shapes (CoreNLP's own rule for the files it reads)
        CoreLabel t = new CoreLabel();
        t.setWord("ImageNet");
        TokenFeatures.setShapes(List.of(t), WordShapeClassifier.NOWORDSHAPE);
        assertThat(t.containsKey(CoreAnnotations.ShapeAnnotation.class)).isFalse();
    }
}
