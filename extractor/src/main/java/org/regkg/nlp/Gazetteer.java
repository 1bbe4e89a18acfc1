package org.regkg.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.regkg.lexicon.ConceptLabels;
import org.regkg.lexicon.ConceptLexicon;

/**
 * Finds the ontology's concept labels in tokenised text, longest match first. Labels with two or
 * more capital letters (acronyms such as "SGD", "LoRA") match case-sensitively, others in any
 * case; hyphens and spaces are the same, and plural and singular forms are the same.
 */
public final class Gazetteer {
    /** One label occurrence: tokens {@code [start, end)} of a sentence name {@code concept}. */
    public record Match(int start, int end, ConceptLabels concept) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        ConceptLabels concept;
    }

    private final Node root = new Node();

    public Gazetteer(ConceptLexicon lexicon) {
        this(lexicon.concepts());
    }

    /** A gazetteer of the given concepts' labels. */
    public Gazetteer(List<ConceptLabels> concepts) {
        for (ConceptLabels c : concepts) {
            for (String label : c.labels()) {
                add(label, c);
            }
        }
    }

    private void add(String label, ConceptLabels concept) {
        boolean exact = WordKeys.isCaseSensitive(label);
        List<String> words = WordKeys.split(label);
        if (words.isEmpty()) {
            return;
        }
        Node n = root;
        for (String w : words) {
            n = n.next.computeIfAbsent(WordKeys.key(w, exact), k -> new Node());
        }
        if (n.concept == null || concept.prefLabel().equalsIgnoreCase(label)) {
            n.concept = concept;
        }
    }

    /** Non-overlapping matches in {@code tokens}, left to right, each the longest possible. */
    public List<Match> find(List<CoreLabel> tokens) {
        List<String[]> parts = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (String w : WordKeys.split(tokens.get(i).word())) {
                parts.add(new String[] {WordKeys.key(w, false), WordKeys.key(w, true)});
                owner.add(i);
            }
        }
        List<Match> out = new ArrayList<>();
        int p = 0;
        while (p < parts.size()) {
            int bestEnd = -1;
            ConceptLabels best = null;
            List<Node> frontier = List.of(root);
            for (int q = p; q < parts.size() && !frontier.isEmpty(); q++) {
                List<Node> nextFrontier = new ArrayList<>(2);
                for (Node n : frontier) {
                    for (String k : parts.get(q)) {
                        Node c = n.next.get(k);
                        if (c != null && !nextFrontier.contains(c)) {
                            nextFrontier.add(c);
                        }
                    }
                }
                for (Node c : nextFrontier) {
                    if (c.concept != null && tokenAligned(owner, p, q + 1, parts.size())) {
                        bestEnd = q + 1;
                        best = c.concept;
                    }
                }
                frontier = nextFrontier;
            }
            if (best != null) {
                out.add(new Match(owner.get(p), owner.get(bestEnd - 1) + 1, best));
                p = bestEnd;
            } else {
                p++;
            }
        }
        return out;
    }

    /** A match must start and end on token boundaries: "weight" alone never matches in "weight-decay". */
    private static boolean tokenAligned(List<Integer> owner, int start, int end, int size) {
        boolean startOk = start == 0 || !owner.get(start - 1).equals(owner.get(start));
        boolean endOk = end == size || !owner.get(end).equals(owner.get(end - 1));
        return startOk && endOk;
    }
}
