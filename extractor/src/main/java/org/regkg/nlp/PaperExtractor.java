package org.regkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.regkg.facts.Claim;
import org.regkg.facts.EntityFact;
import org.regkg.facts.EntityKind;
import org.regkg.facts.PaperFacts;
import org.regkg.facts.Section;
import org.regkg.ingest.Paper;
import org.regkg.lexicon.ConceptLexicon;

/**
 * Extracts the facts of one paper: annotates its title and abstract (each on its own, so the
 * title is a sentence of its own), runs the gazetteer and the rules, and merges mentions into
 * facts. Thread-safe: one instance serves every worker.
 */
public final class PaperExtractor {
    static final String GAZETTEER_RULE = "gazetteer";
    static final double GAZETTEER_CONFIDENCE = 0.85;

    private final NlpPipeline pipeline;
    private final Gazetteer gazetteer;
    private final RuleSet rules;
    private final ClaimBuilder claimBuilder;
    private final UmbrellaTerms umbrellaTerms = UmbrellaTerms.load();

    public PaperExtractor(NlpPipeline pipeline, ConceptLexicon lexicon, RuleSet rules, QuantityWords quantityWords) {
        this.pipeline = pipeline;
        this.gazetteer = new Gazetteer(lexicon);
        this.rules = rules;
        this.claimBuilder = new ClaimBuilder(new QuantityFinder(quantityWords));
    }

    /** An extractor with the shipped pipeline, ontology, rules and word lists. */
    public static PaperExtractor standard() {
        return new PaperExtractor(new NlpPipeline(), ConceptLexicon.fromOntology(), RuleSet.load(), QuantityWords.load());
    }

    public PaperFacts extract(Paper paper) {
        List<Sentence> sentences = new ArrayList<>();
        sentences.addAll(sentences(Section.TITLE, paper.title()));
        sentences.addAll(sentences(Section.ABSTRACT, paper.abstractText()));

        MentionCollector collector = new MentionCollector(umbrellaTerms);
        for (Sentence s : sentences) {
            collector.note(s);
            for (Gazetteer.Match m : gazetteer.find(s.tokens())) {
                if (umbrellaTerms.isUmbrella(s.span(m.start(), m.end()))) {
                    continue;
                }
                collector.add(new Candidate(EntityKind.TECHNIQUE, s, m.start(), m.end(), GAZETTEER_RULE,
                        GAZETTEER_CONFIDENCE, m.concept()));
            }
            for (RuleSet.Hit h : rules.apply(s)) {
                collector.addRuleHit(s, h);
            }
            for (Acronyms.Definition d : Acronyms.find(s)) {
                collector.addAcronym(s, d);
            }
        }
        collector.resolve();

        List<EntityFact> methods = collector.facts(EntityKind.METHOD);
        List<EntityFact> techniques = umbrellaTerms.withoutCoveredFamilies(collector.facts(EntityKind.TECHNIQUE));
        List<EntityFact> datasets = collector.facts(EntityKind.DATASET);
        List<Claim> claims = claimBuilder.claims(collector);
        return new PaperFacts(paper, methods, techniques, datasets, claims);
    }

    private List<Sentence> sentences(Section section, String text) {
        Annotation a = pipeline.annotate(text);
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> maps = a.get(CoreAnnotations.SentencesAnnotation.class);
        if (section == Section.TITLE) {
            // the title is one sentence, whatever punctuation it holds
            List<CoreLabel> all = TokenJoiner.join(a.get(CoreAnnotations.TokensAnnotation.class));
            if (!all.isEmpty()) {
                out.add(new Sentence(section, 0, text, all));
            }
            return out;
        }
        for (CoreMap m : maps) {
            List<CoreLabel> tokens = TokenJoiner.join(m.get(CoreAnnotations.TokensAnnotation.class));
            if (!tokens.isEmpty()) {
                out.add(new Sentence(section, out.size(), text, tokens));
            }
        }
        return out;
    }
}
