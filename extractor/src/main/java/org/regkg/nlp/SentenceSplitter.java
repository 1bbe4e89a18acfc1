package org.regkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.regkg.facts.Section;
import org.regkg.ingest.Paper;

/**
 * A paper's sentences: its title (one sentence, whatever punctuation it holds) and the sentences
 * of its abstract, each annotated on its own by the shared CoreNLP pipeline.
 */
public final class SentenceSplitter {
    private final NlpPipeline pipeline;

    public SentenceSplitter(NlpPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public List<Sentence> split(Paper paper) {
        List<Sentence> sentences = new ArrayList<>(sentences(Section.TITLE, paper.title()));
        sentences.addAll(sentences(Section.ABSTRACT, paper.abstractText()));
        return sentences;
    }

    private List<Sentence> sentences(Section section, String text) {
        Annotation a = pipeline.annotate(text);
        List<Sentence> out = new ArrayList<>();
        if (section == Section.TITLE) {
            List<CoreLabel> all = TokenJoiner.join(a.get(CoreAnnotations.TokensAnnotation.class));
            if (!all.isEmpty()) {
                out.add(new Sentence(section, 0, text, all));
            }
            return out;
        }
        for (CoreMap m : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = TokenJoiner.join(m.get(CoreAnnotations.TokensAnnotation.class));
            if (!tokens.isEmpty()) {
                out.add(new Sentence(section, out.size(), text, tokens));
            }
        }
        return out;
    }
}
