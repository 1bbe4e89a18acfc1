package org.regkg.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Section;
import org.regkg.lexicon.ConceptLexicon;
import org.regkg.nlp.MentionTagger;
import org.regkg.nlp.Sentence;
import org.regkg.nlp.TokenFeatures;

class MentionTrainerTest {
    static TokenFeatures features;
    static List<MentionTrainer.Example> examples = new ArrayList<>();

    @BeforeAll
    static void data() {
        features = TokenFeatures.standard(ConceptLexicon.fromOntology());
        String[] names = {"FooNet", "BarNet", "BazNet", "QuxNet", "ZapNet", "ZipNet"};
        String[] data = {"CIFAR-10", "ImageNet", "SVHN", "MNIST", "CIFAR-100", "GLUE"};
        for (int i = 0; i < names.length; i++) {
            Sentence s = TrainingTestData.sentence(Section.ABSTRACT, 0, "We/PRP propose/VBP " + names[i]
                    + "/NNP ,/, trained/VBN with/IN dropout/NN on/IN " + data[i] + "/NNP ./.");
            List<Sentence> sentences = List.of(s);
            examples.add(new MentionTrainer.Example(sentences, SpanAligner.tags(sentences, TrainingTestData.json(
                    "{'title':'t','methods':[{'name':'" + names[i] + "'}],'techniques':[{'name':'dropout'}],"
                            + "'datasets':[{'name':'" + data[i] + "'}]}"))));
        }
    }

    @Test
    void theSameDataGiveTheSameModelBytes() {
        byte[] a = new MentionTrainer(features).train(examples);
        byte[] b = new MentionTrainer(features).train(examples);
        assertThat(a).isEqualTo(b);
        assertThat(new MentionTrainer(features).fingerprint(examples)).isEqualTo(new MentionTrainer(features).fingerprint(examples));
        // the gradient split over threads sums its parts in a fixed order: still the same bytes
        assertThat(new MentionTrainer(features, 3).train(examples)).isEqualTo(new MentionTrainer(features, 3).train(examples));
    }

    @Test
    void theTrainedModelTagsWhatItWasTrainedOn() {
        MentionTagger tagger = MentionTagger.read(new ByteArrayInputStream(new MentionTrainer(features).train(examples)), features);
        Sentence s = examples.get(0).sentences().get(0);
        List<MentionTagger.Span> spans = tagger.tag(s);
        assertThat(spans).anySatisfy(span -> {
            assertThat(span.kind()).isEqualTo(EntityKind.TECHNIQUE);
            assertThat(span.start()).isEqualTo(6);
            assertThat(span.end()).isEqualTo(7);
            assertThat(span.probability()).isBetween(0.5, 1.0);
        });
        // a minimum probability above every span's leaves the kind out, and no other
        assertThat(tagger.withMinProbability(Map.of(EntityKind.TECHNIQUE, 1.01 - 1e-9)).tag(s))
                .noneMatch(span -> span.kind() == EntityKind.TECHNIQUE)
                .hasSize((int) spans.stream().filter(span -> span.kind() != EntityKind.TECHNIQUE).count());
    }

    @Test
    void theDatasetModelTagsDatasetsAlone() {
        List<MentionTrainer.Example> datasetExamples = examples.stream().map(DatasetTags::of).toList();
        assertThat(datasetExamples.get(0).tags().get(0)).containsExactly("O", "O", "O", "O", "O", "O", "O", "O", "DATASET", "O");
        MentionTrainer trainer = new MentionTrainer(features, 1, MentionTrainer.datasetSettings());
        MentionTagger tagger = MentionTagger.read(new ByteArrayInputStream(trainer.train(datasetExamples)), features);
        List<MentionTagger.Span> spans = tagger.tag(examples.get(0).sentences().get(0));
        assertThat(spans).extracting(MentionTagger.Span::kind).containsOnly(EntityKind.DATASET);
        assertThat(spans).anySatisfy(span -> assertThat(span.start()).isEqualTo(8));
        assertThat(trainer.fingerprint(datasetExamples)).isNotEqualTo(new MentionTrainer(features).fingerprint(examples));
    }

    @Test
    void otherSettingsGiveAnotherFingerprint() {
        byte[] other = "useWord = true\nmaxLeft = 1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(new MentionTrainer(features, 1, other).fingerprint(examples))
                .isNotEqualTo(new MentionTrainer(features).fingerprint(examples));
    }

    @Test
    void wordClustersAreReadAndTheirContentIsPartOfTheFingerprint(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.tsv");
        Path b = dir.resolve("b.tsv");
        Files.writeString(a, "foonet\tc1\nbarnet\tc1\ndropout\tc2\n");
        Files.writeString(b, "foonet\tc1\nbarnet\tc2\ndropout\tc2\n");
        byte[] base = MentionTrainer.bundledSettings();
        byte[] withA = settingsWith(base, "useDistSim = true\ndistSimLexicon = " + a + "\n");
        byte[] withB = settingsWith(base, "useDistSim = true\ndistSimLexicon = " + b + "\n");
        assertThat(new MentionTrainer(features, 1, withA).fingerprint(examples))
                .isNotEqualTo(new MentionTrainer(features, 1, withB).fingerprint(examples))
                .isNotEqualTo(new MentionTrainer(features).fingerprint(examples));
        // a model trained with clusters loads and tags
        MentionTagger tagger = MentionTagger.read(new ByteArrayInputStream(new MentionTrainer(features, 1, withA).train(examples)),
                features);
        assertThat(tagger.tag(examples.get(0).sentences().get(0))).isNotEmpty();
    }

    @Test
    void theFrequencyColumnIsSetAndCountsInTheFingerprintOfModelsThatReadIt() {
        Sentence sentence = examples.get(0).sentences().get(0);
        List<edu.stanford.nlp.ling.CoreLabel> tokens = features.tokens(sentence);
        // "dropout": a word hundreds of unlabeled abstracts use; "FooNet": none does
        assertThat(tokens.get(6).get(edu.stanford.nlp.ling.CoreAnnotations.GeniaAnnotation.class)).isEqualTo("R100");
        assertThat(tokens.get(2).get(edu.stanford.nlp.ling.CoreAnnotations.GeniaAnnotation.class)).isEqualTo("R0");
        byte[] plain = settingsWith(MentionTrainer.bundledSettings(), "useGenia = false\n");
        byte[] bands = settingsWith(MentionTrainer.bundledSettings(), "useGenia = true\n");
        assertThat(new MentionTrainer(features, 1, plain).fingerprint(examples))
                .isNotEqualTo(new MentionTrainer(features, 1, bands).fingerprint(examples));
        // a model trained with the column loads and tags
        MentionTagger tagger = MentionTagger.read(new ByteArrayInputStream(new MentionTrainer(features, 1, bands).train(examples)),
                features);
        assertThat(tagger.tag(sentence)).isNotEmpty();
    }

    private static byte[] settingsWith(byte[] base, String more) {
        return (new String(base, StandardCharsets.UTF_8) + "\n" + more).getBytes(StandardCharsets.UTF_8);
    }
}
