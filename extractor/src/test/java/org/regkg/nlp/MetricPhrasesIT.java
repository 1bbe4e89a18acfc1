package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Quantity;
import org.regkg.facts.Section;

/**
 * The metric a claim's number is attached to (the words of the text that say what it measures),
 * and its dataset.
 */
class MetricPhrasesIT {
    private static NlpPipeline pipeline;
    private static QuantityFinder finder;

    @BeforeAll
    static void load() {
        pipeline = new NlpPipeline();
        finder = new QuantityFinder(QuantityWords.load());
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Our detector reaches 71.3% mAP and 64.0% top-1 accuracy on the test split. | 64.0 | top-1 accuracy
            Our detector reaches 71.3% mAP and 64.0% top-1 accuracy on the test split. | 71.3 | mAP
            The method gives a 12.5% reduction in word error rate over the baseline. | 12.5 | word error rate
            Pruning improves the BLEU score by 1.8 points. | 1.8 | BLEU score
            The model attains a Dice coefficient of 0.81 on the held-out scans. | 0.81 | Dice coefficient
            It gains 2.4% in mean macro F1 over strong baselines. | 2.4 | mean macro F1
            Our approach reduces memory use by 35% while keeping accuracy. | 35 | memory use
            The method yields new results of 3.1% on the benchmark. | 3.1 | null
            Our segmenter gains 4.2% over nnU-Net in Dice on the liver scans. | 4.2 | Dice
            The detector improves the previous best methods by 1.7% in mIoU. | 1.7 | mIoU
            Our denoiser brings an average improvement of 1.9 dB in PSNR. | 1.9 | PSNR
            The method gives a 2.5% F1-score gain on both splits. | 2.5 | F1-score gain
            The classifier improves the macro F1-score on rare classes, with gains of 3.5%. | 3.5 | macro F1-score
            Compared with the baseline, our model lowers the Chamfer distance on ShapeNet, by up to 18%. | 18 | Chamfer distance
            """)
    void theMetricIsWhatTheTextSaysTheNumberMeasures(String sentence, String value, String metric) {
        Quantity q = quantities(sentence).stream()
                .filter(x -> x.value().stripTrailingZeros().equals(new BigDecimal(value).stripTrailingZeros()))
                .findFirst().orElseThrow(() -> new AssertionError("no quantity " + value + " in " + quantities(sentence)));
        assertThat(q.metric()).isEqualTo(metric.equals("null") ? null : metric);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We evaluate on 24 zero-shot image classification benchmarks.
            Experiments on $11$ public datasets spanning $9$ imaging modalities confirm this.
            We find that (1) the loss is flat and (2) the gap closes.
            It generates 512times 512 images of faces.
            It generates 256x 256 images of faces.
            """)
    void aCountIsNoMeasurement(String sentence) {
        assertThat(quantities(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            It reaches 86.2% mAP on Alpha, 80.7% mAP on Beta and 73.1% mAP on Gamma. | 80.7 | Beta
            It reaches 86.2% mAP on Alpha, 80.7% mAP on Beta and 73.1% mAP on Gamma. | 73.1 | Gamma
            It improves recall by 5.9%, 11.2% and 9.5% on Alpha, Beta and Gamma, respectively. | 11.2 | Beta
            On Alpha, it reaches 95.9% accuracy while improving recall by 1.8%; on Beta, it gains 2%. | 1.8 | Alpha
            """)
    void theDatasetIsTheOneTheNumberIsOn(String sentence, String value, String dataset) {
        List<String> names = List.of("Alpha", "Beta", "Gamma");
        Sentence s = new Sentence(Section.ABSTRACT, 0, sentence, tokens(sentence));
        List<Candidate> datasets = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (names.contains(s.word(i))) {
                datasets.add(new Candidate(EntityKind.DATASET, s, i, i + 1, "test", 1.0, null));
            }
        }
        Quantity q = finder.find(s, datasets).stream()
                .filter(x -> x.value().compareTo(new BigDecimal(value)) == 0)
                .findFirst().orElseThrow();
        assertThat(q.dataset()).isEqualTo(dataset);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It improves F1 by $4.9 \\pm 4.0\\%$ over the baseline. | 4.9
            It improves F1 by 4.9 ± 4.0% over the baseline. | 4.9
            It reaches 0.877 accuracy on the held-out set. | 0.877
            Against VideoSeal 1.0 it reaches 0.877 accuracy on the held-out set. | 0.877
            It reaches BLEU 28.5 on the held-out set. | 28.5
            On 7,226 paired frames across 28 cooking videos, it achieves 98.97% mIoU. | 98.97
            Our 1.1B parameter model reaches 0.877 accuracy on the held-out set. | 0.877
            It trains a 1.3 billion parameter model to 0.877 accuracy. | 0.877
            With only 6.12M parameters, it reaches 0.877 accuracy. | 6.12, 0.877
            It lowers the trajectory error to 0.05 m on average. | 0.05
            Trained with only 10% of the seen data, it reaches 0.877 accuracy. | 0.877
            Using only 20%, 10%, and even 5% of the annotated data, it reaches 0.877 accuracy. | 0.877
            It saves 37.5% of the training time and reaches 0.877 accuracy. | 37.5, 0.877
            With GAE ($\\lambda=0.95$, $\\gamma=1$) it reaches 0.877 accuracy. | 0.877
            It improves the alignment from rho=0.46 to rho=0.65. | 0.46, 0.65
            """)
    void aSpreadIsNoResultButAMeasuredDecimalIs(String sentence, String values) {
        assertThat(quantities(sentence)).extracting(q -> q.value().toPlainString()).containsExactly(values.split(", "));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            It decreases the training cost by 2-4x. | 2 x, 4 x
            It trains 5x-11x faster than the recent ViT. | 5 x, 11 x
            It is 10 to 50 times faster than previous methods. | 10 x, 50 x
            It reduces the optimization steps from 5000 to 320. | 5000 null, 320 null
            It can be trained within 30 minutes and renders at 60 FPS. | 30 min, 60 FPS
            Refined this way, it reaches 2times the convergence speed of the baseline. | 2 x
            The strategies give about +1 chrF++ improvement on low-resource pairs. | 1 null
            It narrows the gap by 3.5 percentage points and 2.5 percentage-point in recall. | 3.5 pp, 2.5 pp
            """)
    void bothEndsOfARangeOrAChangeAreValues(String sentence, String values) {
        assertThat(quantities(sentence)).extracting(q -> q.value().toPlainString() + " " + q.unit())
                .containsExactly(values.split(", "));
    }

    private static List<Quantity> quantities(String text) {
        return finder.find(new Sentence(Section.ABSTRACT, 0, text, tokens(text)), List.of());
    }

    private static List<CoreLabel> tokens(String text) {
        return TokenJoiner.join(pipeline.annotate(text).get(CoreAnnotations.TokensAnnotation.class));
    }
}
