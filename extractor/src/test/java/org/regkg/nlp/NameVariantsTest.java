package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Section;
import org.regkg.train.TrainingTestData;

class NameVariantsTest {
    static final NameVariants VARIANTS = NameVariants.load();

    @Test
    void aNameAndTheNameSetInAppositionToItAreOneMethod() {
        Sentence title = sentence(Section.TITLE, "RouteWinFormer/NNP :/: A/DT Route-Window/NNP Transformer/NNP for/IN restoration/NN");
        assertThat(VARIANTS.apposed(method(title, 0, 1), method(title, 3, 5))).isTrue();
        Sentence s = sentence(Section.ABSTRACT,
                "we/PRP propose/VBP FooNet/NNP ,/, a/DT simple/JJ yet/CC effective/JJ framework/NN for/IN it/PRP");
        assertThat(VARIANTS.apposed(method(s, 2, 3), method(s, 8, 9))).isTrue();
        // the old apposition words still link: "a novel loss , dubbed ACLS"
        Sentence dubbed = sentence(Section.ABSTRACT, "a/DT novel/JJ loss/NN ,/, dubbed/VBN ACLS/NNP");
        assertThat(VARIANTS.apposed(method(dubbed, 1, 3), method(dubbed, 5, 6))).isTrue();
        // a conjunction is not an apposition: "FooNet and BarNet"
        Sentence list = sentence(Section.ABSTRACT, "FooNet/NNP and/CC BarNet/NNP");
        assertThat(VARIANTS.apposed(method(list, 0, 1), method(list, 2, 3))).isFalse();
        // after the article only modifiers: "FooNet , a model trained with BarNet" is no apposition of BarNet
        Sentence verb = sentence(Section.ABSTRACT, "FooNet/NNP ,/, a/DT model/NN trained/VBN with/IN BarNet/NNP");
        assertThat(VARIANTS.apposed(method(verb, 0, 1), method(verb, 6, 7))).isFalse();
    }

    @Test
    void aCoinedNameAbbreviatesTheNameWhoseInitialsItsCapitalsAre() {
        assertThat(VARIANTS.abbreviates("CLoRA", "Collaborative Low-Rank Adaptation")).isTrue();
        assertThat(VARIANTS.abbreviates("DSCL", "Disentangled Subspace Contrastive Learning")).isTrue();
        assertThat(VARIANTS.abbreviates("TRACE", "Targeted Routing-Aware Calibration of Experts")).isTrue();
        // a hyphenated compound may give one initial; a part of the name cut at a linking word will do
        assertThat(VARIANTS.abbreviates("AMDD", "Attribution-Guided Multimodal Deepfake Detection via Cross-Modal Forensic Fingerprints")).isTrue();
        assertThat(VARIANTS.abbreviates("HPM", "Bootstrap Masked Visual Modeling via Hard Patches Mining")).isTrue();
        assertThat(VARIANTS.abbreviates("MVSL", "Multi-View Synergistic Learning with Vision-Language Adaption")).isTrue();
        assertThat(VARIANTS.abbreviates("BMVM", "Bootstrap Masked Visual Modeling via Hard Patches Mining")).isTrue();
        assertThat(VARIANTS.abbreviates("BHPM", "Bootstrap Masked Visual Modeling via Hard Patches Mining")).isFalse();
        // every word gives one capital, in order: no word skipped, none left over
        assertThat(VARIANTS.abbreviates("FiTv2", "Flexible Vision Transformer")).isFalse();
        assertThat(VARIANTS.abbreviates("InstaManip", "innovative group self-attention mechanism")).isFalse();
        assertThat(VARIANTS.abbreviates("MPAMatch", "Multimodal Prototype Alignment")).isFalse();
        // one capital, or a one-word long form, says nothing
        assertThat(VARIANTS.abbreviates("Dropout", "Dual Branch")).isFalse();
        assertThat(VARIANTS.abbreviates("DB", "DualBranch")).isFalse();
    }

    @Test
    void genericModifiersAndHeadNounsAreLeftOffAName() {
        assertThat(VARIANTS.core("LoRA variants")).isEqualTo("LoRA");
        assertThat(VARIANTS.core("MoE models")).isEqualTo("MoE");
        assertThat(VARIANTS.core("gradient-based interpretation frameworks")).isEqualTo("gradient-based interpretation");
        assertThat(VARIANTS.core("CL algorithms")).isEqualTo("CL");
        assertThat(VARIANTS.core("vanilla 3DGS")).isEqualTo("3DGS");
        assertThat(VARIANTS.core("LoRA Adapters")).isEqualTo("LoRA");
        assertThat(VARIANTS.core("VLN agents")).isEqualTo("VLN");
        assertThat(VARIANTS.core("CIFAR-10 dataset")).isEqualTo("CIFAR-10");
        assertThat(VARIANTS.core("off-the-shelf diffusion models")).isEqualTo("diffusion");
        // a name without one, or nothing but one, stays as it is
        assertThat(VARIANTS.core("weight decay")).isEqualTo("weight decay");
        assertThat(VARIANTS.core("methods")).isEqualTo("methods");
        assertThat(VARIANTS.core("standard methods")).isEqualTo("methods");
        // heads only at the end, modifiers only at the start: "model merging", "LoRA standard"
        assertThat(VARIANTS.core("model merging")).isEqualTo("model merging");
        assertThat(VARIANTS.core("LoRA standard")).isEqualTo("LoRA standard");
    }

    @Test
    void namesWithAndWithoutAGenericHeadAreOneThing() {
        Sentence a = sentence(Section.ABSTRACT, "we/PRP study/VBP MoE/NNP models/NNS and/CC LoRA/NNP variants/NNS");
        Sentence b = sentence(Section.ABSTRACT, "vanilla/JJ MoE/NNP ,/, LoRA/NNP and/CC dropout/NN help/VBP");
        MentionCollector c = new MentionCollector(UmbrellaTerms.load(), VARIANTS, new SpanConcepts(org.regkg.lexicon.ConceptLexicon.fromOntology()));
        c.note(a);
        c.note(b);
        c.add(technique(a, 2, 4));
        c.add(technique(a, 5, 7));
        c.add(technique(b, 0, 2));
        c.add(technique(b, 3, 4));
        c.add(technique(b, 5, 6));
        c.resolve();
        assertThat(c.facts(EntityKind.TECHNIQUE)).extracting(f -> f.label() + " " + f.aliases())
                .containsExactlyInAnyOrder("MoE models [vanilla MoE]", "LoRA [LoRA variants]", "dropout []");
    }

    private static Candidate technique(Sentence s, int start, int end) {
        return new Candidate(EntityKind.TECHNIQUE, s, start, end, "test", 0.9, null);
    }

    private static Candidate method(Sentence s, int start, int end) {
        return new Candidate(EntityKind.METHOD, s, start, end, "test", 0.9, null);
    }

    private static Sentence sentence(Section section, String tagged) {
        return TrainingTestData.sentence(section, 0, tagged);
    }
}
