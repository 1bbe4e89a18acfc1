package org.regkg.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
    void otherSettingsGiveAnotherFingerprint() {
        byte[] other = "useWord = true\nmaxLeft = 1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(new MentionTrainer(features, 1, other).fingerprint(examples))
                .isNotEqualTo(new MentionTrainer(features).fingerprint(examples));
    }
}
