package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regkg.facts.EntityFact;
import org.regkg.facts.EntityKind;
import org.regkg.facts.Section;
import org.regkg.train.TrainingTestData;

/** One fact per thing, and the form it goes by. */
class EntityMergerTest {
    final Sentence s = TrainingTestData.sentence(Section.ABSTRACT, 0,
            "VLMs/NNS and/CC VLMs/NNS ,/, one/CD VLM/NNP");

    @Test
    void aTechniqueGoesByTheFormItsPaperUsesMost() {
        List<EntityFact> facts = new EntityMerger().merge(EntityKind.TECHNIQUE,
                List.of(at(EntityKind.TECHNIQUE, 0), at(EntityKind.TECHNIQUE, 2), at(EntityKind.TECHNIQUE, 5)));
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("VLMs");
            assertThat(f.aliases()).containsExactly("VLM");
        });
    }

    @Test
    void aTieGoesToTheShortestForm() {
        List<EntityFact> facts = new EntityMerger().merge(EntityKind.TECHNIQUE,
                List.of(at(EntityKind.TECHNIQUE, 0), at(EntityKind.TECHNIQUE, 5)));
        assertThat(facts).singleElement().satisfies(f -> assertThat(f.label()).isEqualTo("VLM"));
    }

    private Candidate at(EntityKind kind, int i) {
        return new Candidate(kind, s, i, i + 1, "test", 0.9, null);
    }
}
