package org.regkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/** Each matching rule of score.py on its own; every expected value was printed by score.py's functions. */
class SimilarityLibTest {
    @Test
    void normDropsArticleCaseAndEverythingButLettersAndDigits() {
        assertThat(NormLib.norm("The MultiWOZ 2.0")).isEqualTo("multiwoz20");
        assertThat(NormLib.norm("  an  Apple-Net")).isEqualTo("applenet");
        assertThat(NormLib.norm("a")).isEqualTo("a");
        assertThat(NormLib.norm("the")).isEqualTo("the");
        assertThat(NormLib.norm("Anthem")).isEqualTo("anthem");
        assertThat(NormLib.norm("theory")).isEqualTo("theory");
        assertThat(NormLib.norm(null)).isEmpty();
    }

    @Test
    void normIsNfkcAndKeepsEverythingFromU00C0() {
        assertThat(NormLib.norm("ＣＩＦＡＲ－１００")).isEqualTo("cifar100");
        assertThat(NormLib.norm("ﬁne-tuning")).isEqualTo("finetuning");
        assertThat(NormLib.norm("Café — Net")).isEqualTo("café—net");
        assertThat(NormLib.norm("x\u00a0y")).isEqualTo("xy");
        assertThat(NormLib.norm("a\u00a0b")).isEqualTo("b");
        assertThat(NormLib.norm("İstanbul")).isEqualTo("i\u0307stanbul");
    }

    @Test
    void wordsSplitOnEverythingElseAndDropStopWords() {
        assertThat(NormLib.words("The MultiWOZ 2.0")).containsExactly("multiwoz", "2", "0");
        assertThat(NormLib.words("Café — Net")).containsExactly("café", "—", "net");
        assertThat(NormLib.words("we prove that the bound is tight for all")).containsExactly("prove", "that", "bound", "tight", "all");
    }

    @Test
    void phrasesMatchByNormOrByTokenSetF1OfAtLeastSixTenths() {
        assertThat(SimilarityLib.phraseSim("dropout", "Dropout.")).isEqualTo(1.0);
        assertThat(SimilarityLib.phraseSim("L1 regularization", "L2 regularization")).isZero();
        assertThat(SimilarityLib.phraseSim("normalization", "batch normalization")).isEqualTo(0.6666666666666666);
        assertThat(SimilarityLib.phraseSim("mask shift restoration module", "Mask-Shift Restoration")).isEqualTo(0.8571428571428571);
        assertThat(SimilarityLib.phraseSim("deep residual network", "residual network training")).isEqualTo(0.6666666666666666);
        assertThat(SimilarityLib.phraseSim("x y z", "x y z w v")).isEqualTo(0.7499999999999999);
        assertThat(SimilarityLib.phraseSim("alpha beta gamma", "alpha beta delta epsilon")).isZero();
        assertThat(SimilarityLib.phraseSim("a b c d e", "a b")).isZero();
        assertThat(SimilarityLib.phraseSim("", "")).isZero();
    }

    @Test
    void claimsMatchWhenTheLongestCommonRunCoversHalfTheGold() {
        String gold = "We prove that the bound is tight for all smooth losses.";
        assertThat(SimilarityLib.claimSim("We prove that the bound is tight.", gold)).isEqualTo(0.5714285714285714);
        assertThat(SimilarityLib.claimSim("the bound", gold)).isZero();
        assertThat(SimilarityLib.claimSim("", gold)).isZero();
    }

    @Test
    void valuesAreNumbers() {
        assertThat(SimilarityLib.number(TextNode.valueOf("4x"))).isEqualTo(4.0);
        assertThat(SimilarityLib.number(TextNode.valueOf("10.1%"))).isEqualTo(10.1);
        assertThat(SimilarityLib.number(TextNode.valueOf("1,000"))).isEqualTo(1000.0);
        assertThat(SimilarityLib.number(TextNode.valueOf("-3.5 pp"))).isEqualTo(-3.5);
        assertThat(SimilarityLib.number(TextNode.valueOf("+2"))).isEqualTo(2.0);
        assertThat(SimilarityLib.number(TextNode.valueOf(" 7.25e3"))).isEqualTo(7.25);
        assertThat(SimilarityLib.number(TextNode.valueOf("\u0664\u0662"))).isEqualTo(42.0);
        assertThat(SimilarityLib.number(TextNode.valueOf("n/a"))).isNull();
        assertThat(SimilarityLib.number(BooleanNode.TRUE)).isEqualTo(1.0);
        assertThat(SimilarityLib.number(IntNode.valueOf(4))).isEqualTo(4.0);
        assertThat(SimilarityLib.number(DoubleNode.valueOf(2.5))).isEqualTo(2.5);
        assertThat(SimilarityLib.number(NullNode.instance)).isNull();
        assertThat(SimilarityLib.number(null)).isNull();
    }

    @Test
    void greedyMatchingTakesTheBestPairFirstAndBreaksTiesTowardsLaterIndices() {
        double[][] sim = {{0.8, 0.8}, {1.0, 0.0}};
        assertThat(GreedyMatch.match(2, 2, (i, j) -> sim[i][j]))
                .containsExactly(new GreedyMatch.Pair(1, 0), new GreedyMatch.Pair(0, 1));
        assertThat(GreedyMatch.match(2, 1, (i, j) -> 1.0)).containsExactly(new GreedyMatch.Pair(1, 0));
        assertThat(GreedyMatch.match(2, 2, (i, j) -> 0.0)).isEmpty();
    }
}
