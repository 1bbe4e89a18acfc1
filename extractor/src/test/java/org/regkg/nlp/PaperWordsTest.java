package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regkg.facts.Section;

class PaperWordsTest {

    @Test
    void titleWordsAndRepeatedWordsAreMarked() {
        List<Sentence> paper = List.of(
                sentence(Section.TITLE, 0, "FooNet : sparse training"),
                sentence(Section.ABSTRACT, 0, "We propose FooNet , trained with dropout ."),
                sentence(Section.ABSTRACT, 1, "FooNet beats dropout ."),
                sentence(Section.ABSTRACT, 2, "foonet is fast ."));
        PaperWords words = PaperWords.of(paper);
        // in the title and in three abstract sentences (in any case)
        assertThat(words.value("FooNet", Section.ABSTRACT)).isEqualTo("T3");
        assertThat(words.value("dropout", Section.ABSTRACT)).isEqualTo("A2");
        assertThat(words.value("fast", Section.ABSTRACT)).isEqualTo("A1");
        // title words: how many abstract sentences use them (none for "sparse")
        assertThat(words.value("FooNet", Section.TITLE)).isEqualTo("TITLE3");
        assertThat(words.value("sparse", Section.TITLE)).isEqualTo("TITLE0");
        assertThat(PaperWords.none().value("FooNet", Section.ABSTRACT)).isEqualTo("A0");
    }

    private static Sentence sentence(Section section, int index, String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            t.setBeginPosition(at);
            t.setEndPosition(at + w.length());
            at += w.length() + 1;
            tokens.add(t);
        }
        return new Sentence(section, index, text, tokens);
    }
}
