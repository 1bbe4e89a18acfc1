package org.regkg.nlp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which method names of one paper are the same method ({@code name-variants.yaml}): a name and the
 * name set in apposition to it ("RouteWinFormer, a novel window-based Transformer"), a coined
 * name and the name it abbreviates ("CLoRA", "Collaborative Low-Rank Adaptation"), and a name with
 * and without generic modifiers and head nouns ("LoRA variants", "vanilla LoRA", "LoRA").
 */
final class NameVariants {
    @JsonIgnoreProperties(ignoreUnknown = false)
    private record File(List<String> appositionWords, List<String> articles, List<String> modifierTags, int maxGap,
            List<String> functionWords, List<String> linkingWords, List<String> genericHeads,
            List<String> genericModifiers) {
    }

    private final Set<String> apposition;
    private final Set<String> articles;
    private final Set<String> modifierTags;
    private final int maxGap;
    private final Set<String> functionWords;
    private final Set<String> linkingWords;
    private final Set<String> genericHeads;
    private final Set<String> genericModifiers;

    private NameVariants(File f) {
        this.apposition = Set.copyOf(f.appositionWords());
        this.articles = Set.copyOf(f.articles());
        this.modifierTags = Set.copyOf(f.modifierTags());
        this.maxGap = f.maxGap();
        this.functionWords = Set.copyOf(f.functionWords());
        this.linkingWords = Set.copyOf(f.linkingWords());
        this.genericHeads = Set.copyOf(f.genericHeads());
        this.genericModifiers = Set.copyOf(f.genericModifiers());
    }

    static NameVariants load() {
        return new NameVariants(WordListFiles.read("name-variants.yaml", File.class));
    }

    /**
     * "a novel loss function, dubbed ACLS": {@code b} follows {@code a} in its sentence with an
     * apposition word first, then at most one article and modifiers, in a gap of at most maxGap
     * tokens (or right after it).
     */
    boolean apposed(Candidate a, Candidate b) {
        if (a.sentence() != b.sentence() || b.start() < a.end() || b.start() - a.end() > maxGap) {
            return false;
        }
        if (b.start() == a.end()) {
            return true;
        }
        Sentence s = a.sentence();
        if (!apposition.contains(s.word(a.end()).toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean article = false;
        for (int i = a.end() + 1; i < b.start(); i++) {
            String w = s.word(i).toLowerCase(Locale.ROOT);
            if (apposition.contains(w) && !article) {
                continue;
            }
            if (articles.contains(w) && !article) {
                article = true;
                continue;
            }
            String tag = s.tag(i);
            if (!article || tag == null || !modifierTags.contains(tag)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "CLoRA" for "Collaborative Low-Rank Adaptation": a one-word name whose capitals, two or
     * more, are exactly the initials of the other name's words (function words left out: "TRACE"
     * for "Targeted Routing-Aware Calibration of Experts"; a hyphenated compound counted as its
     * parts or as one word: "AMDD" for "Attribution-Guided Multimodal Deepfake Detection"), or of
     * the words of one part of it cut at a linking word ("HPM" for "Bootstrap Masked Visual
     * Modeling via Hard Patches Mining"). Anywhere in the paper, unlike an acronym definition, so
     * stricter than Schwartz-Hearst.
     */
    boolean abbreviates(String shortForm, String longForm) {
        if (shortForm.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        String caps = shortForm.chars().filter(Character::isUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (caps.length() < 2) {
            return false;
        }
        List<String> words = List.of(longForm.strip().split("\\s+"));
        if (initialsMatch(caps, words)) {
            return true;
        }
        List<List<String>> parts = new ArrayList<>();
        parts.add(new ArrayList<>());
        for (String w : words) {
            if (linkingWords.contains(w.toLowerCase(Locale.ROOT)) || w.equals(":")) {
                parts.add(new ArrayList<>());
            } else {
                parts.get(parts.size() - 1).add(w);
            }
        }
        return parts.size() > 1 && parts.stream().anyMatch(p -> initialsMatch(caps, p));
    }

    private boolean initialsMatch(String caps, List<String> words) {
        StringBuilder parts = new StringBuilder();
        StringBuilder compounds = new StringBuilder();
        for (String w : words) {
            if (functionWords.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (String p : WordKeys.split(w)) {
                parts.append(Character.toUpperCase(p.charAt(0)));
            }
            compounds.append(Character.toUpperCase(w.charAt(0)));
        }
        return parts.length() >= 2 && caps.contentEquals(parts) || compounds.length() >= 2 && caps.contentEquals(compounds);
    }

    /**
     * The name without the generic modifiers that open it and the generic head nouns that end it
     * ("LoRA" for "LoRA variants", "3DGS" for "vanilla 3DGS", "diffusion" for "pre-trained
     * diffusion models"); the name itself when it has none, or is nothing but them.
     */
    String core(String name) {
        List<String> words = List.of(name.strip().split("\\s+"));
        int from = 0;
        int to = words.size();
        while (to - from > 1 && genericModifiers.contains(words.get(from).toLowerCase(Locale.ROOT))) {
            from++;
        }
        while (to - from > 1 && genericHeads.contains(words.get(to - 1).toLowerCase(Locale.ROOT))) {
            to--;
        }
        return from == 0 && to == words.size() ? name : String.join(" ", words.subList(from, to));
    }
}
