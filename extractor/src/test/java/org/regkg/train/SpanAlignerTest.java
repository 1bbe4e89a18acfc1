package org.regkg.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regkg.facts.Section;
import org.regkg.nlp.Sentence;

class SpanAlignerTest {
    @Test
    void tagsEveryOccurrenceOfANameOrAliasTheWayTheScorerComparesLabels() {
        Sentence title = TrainingTestData.sentence(Section.TITLE, 0, "CREAM/NNP :/: Consistency/NNP Regularized/NNP Models/NNPS");
        Sentence s = TrainingTestData.sentence(Section.ABSTRACT, 0,
                "We/PRP propose/VBP CREAM/NNP with/IN weight-decay/NN on/IN MultiWOZ/NNP 2.0/CD and/CC LLMs/NNS ./.");
        List<String[]> tags = SpanAligner.tags(List.of(title, s), TrainingTestData.json("{'title':'t',"
                + "'methods':[{'name':'CREAM','aliases':['Consistency Regularized Models']}],"
                + "'techniques':[{'name':'weight decay'},{'name':'LLM'}],"
                + "'datasets':[{'name':'MultiWOZ2.0'}]}"));
        assertThat(tags.get(0)).containsExactly("METHOD", "O", "METHOD", "METHOD", "METHOD");
        assertThat(tags.get(1)).containsExactly("O", "O", "METHOD", "O", "TECHNIQUE", "O", "DATASET", "DATASET", "O",
                "TECHNIQUE", "O");
    }

    @Test
    void theLongerOfTwoOverlappingNamesWins() {
        Sentence s = TrainingTestData.sentence(Section.ABSTRACT, 0, "We/PRP use/VBP dropout/NN regularization/NN ./.");
        List<String[]> tags = SpanAligner.tags(List.of(s), TrainingTestData.json("{'title':'t',"
                + "'techniques':[{'name':'dropout'},{'name':'dropout regularization'}]}"));
        assertThat(tags.get(0)).containsExactly("O", "O", "TECHNIQUE", "TECHNIQUE", "O");
    }
}
