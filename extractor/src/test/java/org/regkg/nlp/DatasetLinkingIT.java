package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regkg.facts.EntityFact;
import org.regkg.ingest.Paper;

/** The names of one dataset in a paper are one dataset, the other forms its aliases. */
class DatasetLinkingIT {
    static PaperExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = PaperExtractor.standard();
    }

    static List<EntityFact> datasets(String abstractText) {
        Paper paper = new Paper("ds-1", 1, "test:1", "Robust Detection of Small Objects", abstractText,
                List.of("Ann Author"), 2024, null, null, null);
        return extractor.extract(paper).datasets();
    }

    @Test
    void aNameThatOpensALongerNameIsTheSameDataset() {
        List<EntityFact> ds = datasets("We evaluate our detector on the VisDrone 2019 dataset. "
                + "On VisDrone, it improves the mean average precision by 3.1 points.");
        assertThat(ds).filteredOn(d -> d.label().startsWith("VisDrone")).singleElement()
                .satisfies(d -> assertThat(d.aliases()).isNotEmpty());
    }

    @Test
    void aNameWithAGenericHeadIsTheSameDataset() {
        List<EntityFact> ds = datasets("We train on the CIFAR-10 dataset. "
                + "On the CIFAR-10 benchmark, our detector reaches 95.1% accuracy.");
        assertThat(ds).filteredOn(d -> d.label().startsWith("CIFAR-10")).singleElement();
    }

    @Test
    void aNameThatEndsInsideAWordIsAnotherDataset() {
        List<EntityFact> ds = datasets("We evaluate on LIBERO and on its harder variant LIBERO-CF. "
                + "On LIBERO-CF, the success rate rises by 12 points.");
        assertThat(ds).extracting(EntityFact::label).contains("LIBERO", "LIBERO-CF");
    }

    @Test
    void theAbbreviationOfATaskIsNoDataset() {
        List<EntityFact> ds = datasets("Video Anomaly Detection (VAD) has been framed as binary classification. "
                + "To overcome the sparse annotation typical of VAD benchmarks, we use a teacher. "
                + "Experiments on three VAD benchmarks and on UCF-Crime show gains.");
        assertThat(ds).extracting(EntityFact::label).doesNotContain("VAD");
    }

    @Test
    void theAbbreviationOfADatasetStaysADataset() {
        List<EntityFact> ds = datasets("We use the Street View House Numbers (SVHN) images. "
                + "Our model reaches 98.1% accuracy on SVHN and on three SVHN benchmarks.");
        assertThat(ds).extracting(EntityFact::label).anyMatch(l -> l.contains("SVHN"));
    }
}
