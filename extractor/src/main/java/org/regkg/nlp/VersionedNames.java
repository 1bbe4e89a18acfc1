package org.regkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tokens that are a one-word Papers with Code method name with a version or size written on it
 * ("ResNet-101", "DINOv2", "EfficientNet-B0"): a member of an established model family. The
 * suffix pattern and the words that may not follow are data ({@code versioned-names.yaml}).
 */
final class VersionedNames {
    static final String FILE = "versioned-names.yaml";

    private record Settings(String suffix, List<String> notBefore) {
    }

    private final Set<String> names;
    private final Pattern suffix;
    private final Set<String> notBefore;
    private final int shortest;

    private VersionedNames(Set<String> names, Pattern suffix, Set<String> notBefore) {
        this.names = names;
        this.suffix = suffix;
        this.notBefore = notBefore;
        this.shortest = names.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
    }

    /**
     * Over the given method names: those of one word, at least three characters long, that start
     * with a capital (a lower-case name such as "dropout" with a digit is rarely a version).
     */
    static VersionedNames of(List<String> methodNames) {
        Settings settings = WordListFiles.read(FILE, Settings.class);
        Set<String> names = Set.copyOf(methodNames.stream()
                .filter(n -> n.length() >= 3 && Character.isUpperCase(n.charAt(0)) && n.codePoints().noneMatch(Character::isWhitespace))
                .toList());
        return new VersionedNames(names, Pattern.compile(settings.suffix()),
                Set.copyOf(settings.notBefore().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()));
    }

    /** The positions of the sentence's tokens that are a versioned name. */
    List<Integer> find(Sentence s) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (isVersioned(s.word(i)) && (i + 1 >= s.size() || !notBefore.contains(s.word(i + 1).toLowerCase(Locale.ROOT)))) {
                out.add(i);
            }
        }
        return out;
    }

    boolean isVersioned(String word) {
        // a cheap test first: a capital to start, and a digit or hyphen somewhere (most tokens fail it)
        if (word.length() <= shortest || !Character.isUpperCase(word.charAt(0))
                || word.chars().noneMatch(c -> c == '-' || Character.isDigit(c))) {
            return false;
        }
        // the name is a prefix of the word; try each cut from the longest name down
        for (int cut = word.length() - 1; cut >= shortest; cut--) {
            if (names.contains(word.substring(0, cut)) && suffix.matcher(word.substring(cut)).matches()) {
                return true;
            }
        }
        return false;
    }
}
