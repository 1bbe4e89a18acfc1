package org.regkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.regkg.facts.Section;

/**
 * Every rule's examples hold: each {@code matches} sentence makes the rule mark exactly the text
 * after " => ", and no {@code nonMatches} sentence makes it fire. A rule limited to one section is
 * tried on its examples as that section.
 */
class RuleExamplesIT {
    private static final String ARROW = " => ";
    private static NlpPipeline pipeline;
    private static RuleSet rules;

    @BeforeAll
    static void load() {
        pipeline = new NlpPipeline();
        rules = RuleSet.load();
    }

    @Test
    void everyRuleIsDocumented() {
        for (Rule r : rules.rules()) {
            assertThat(r.comment()).as(r.id() + " comment").isNotBlank();
            assertThat(r.matches()).as(r.id() + " matches").isNotEmpty();
            assertThat(r.nonMatches()).as(r.id() + " nonMatches").isNotEmpty();
            assertThat(r.confidence()).as(r.id() + " confidence").isBetween(0.0, 1.0);
        }
    }

    @TestFactory
    Stream<DynamicTest> examplesHold() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule r : rules.rules()) {
            for (String example : r.matches()) {
                tests.add(DynamicTest.dynamicTest(r.id() + " matches: " + example, () -> {
                    int arrow = example.lastIndexOf(ARROW);
                    assertThat(arrow).as("example needs ' => marked text'").isPositive();
                    String sentence = example.substring(0, arrow);
                    String expected = example.substring(arrow + ARROW.length());
                    assertThat(marked(r, sentence)).contains(expected);
                }));
            }
            for (String example : r.nonMatches()) {
                tests.add(DynamicTest.dynamicTest(r.id() + " does not match: " + example,
                        () -> assertThat(marked(r, example)).isEmpty()));
            }
        }
        return tests.stream();
    }

    private static List<String> marked(Rule r, String text) {
        Section section = r.section() == null ? Section.ABSTRACT : r.section();
        List<CoreLabel> tokens = TokenJoiner.join(pipeline.annotate(text).get(CoreAnnotations.TokensAnnotation.class));
        Sentence s = new Sentence(section, 0, text, tokens);
        return rules.apply(s).stream().filter(h -> h.rule() == r).map(h -> s.span(h.start(), h.end())).toList();
    }
}
