package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regkg.ingest.Paper;
import org.regkg.ingest.PaperSource;
import org.regkg.ingest.PaperSources;
import org.regkg.lexicon.ConceptLexicon;

/**
 * The dataset model tags the mention model's featurized sentences: its spans and their
 * probabilities are exactly those of its own featurization, on real abstracts.
 */
class SharedFeaturesIT {
    static MentionTagger mentions;
    static MentionTagger datasets;
    static List<Sentence> sentences = new ArrayList<>();

    @BeforeAll
    static void load() {
        TokenFeatures features = TokenFeatures.standard(ConceptLexicon.fromOntology());
        mentions = MentionTagger.bundled(features);
        datasets = MentionTagger.bundledDatasets(features);
        SentenceSplitter splitter = new SentenceSplitter(new NlpPipeline());
        Path corpus = Path.of(System.getProperty("regkg.root", "..")).resolve("data/abstracts.txt");
        try (PaperSource source = new PaperSources().open(corpus, null)) {
            for (int i = 0; i < 100 && source.hasNext(); i++) {
                Paper p = source.next();
                sentences.addAll(splitter.split(p));
            }
        }
    }

    @Test
    void theDatasetModelReadsTheMentionModelsFeaturesButNotTheOtherWayRound() {
        assertThat(datasets.readsFeaturesOf(mentions)).isTrue();
        // the mention model reads the word-frequency column, which the dataset model never featurizes
        assertThat(mentions.readsFeaturesOf(datasets)).isFalse();
        Sentence s = sentences.get(0);
        MentionTagger.Featurized byDatasets = datasets.featurize(s, datasets.features().conceptMatches(s));
        assertThatThrownBy(() -> mentions.tag(byDatasets)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharedFeaturesGiveTheDatasetModelsOwnSpansAndProbabilities() {
        JointFeatureIds joint = new JointFeatureIds(mentions.featureSet().index(), datasets.featureSet().index());
        int spans = 0;
        for (Sentence s : sentences) {
            List<Gazetteer.Match> concepts = mentions.features().conceptMatches(s);
            List<MentionTagger.Span> own = datasets.tag(s, concepts);
            MentionTagger.Featurized featurized = mentions.featurize(s, concepts);
            assertThat(datasets.tag(featurized)).as(s.text()).isEqualTo(own);
            // one lookup for both models gives each model's own ids
            int[][][][] ids = joint.ids(featurized.features());
            assertThat(ids[0]).isDeepEqualTo(mentions.featureSet().ids(featurized.features()));
            assertThat(ids[1]).isDeepEqualTo(datasets.featureSet().ids(featurized.features()));
            assertThat(datasets.tag(featurized, ids[1])).isEqualTo(own);
            assertThat(mentions.tag(featurized, ids[0])).isEqualTo(mentions.tag(s, concepts));
            spans += own.size();
        }
        assertThat(sentences).hasSizeGreaterThan(800);
        assertThat(spans).as("dataset spans in 100 abstracts").isGreaterThan(20);
    }
}
