package org.regkg.cli;

/**
 * Makes text from inputs safe to print on a terminal or into a log: control characters
 * (including newlines, escape sequences and the Unicode bidirectional controls that can make a
 * line read differently than it is) are written as a backslash escape (n, r, t, or u with the
 * code point in braces), so an id or a title in a warning cannot forge lines, recolour the
 * terminal or reorder the text.
 */
final class MessageLib {
    private MessageLib() {
    }

    /** One line: every control character escaped. */
    static String printable(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (needsEscape(c)) {
                sb.append(String.format("\\u{%04X}", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    /** Several lines (a report): each line escaped, the line breaks kept. */
    static String printableLines(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length());
        String[] lines = s.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(printable(lines[i]));
        }
        return sb.toString();
    }

    private static boolean needsEscape(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT && isBidiOrInvisible(c)
                || type == Character.UNASSIGNED || type == Character.SURROGATE
                || c == 0x2028 || c == 0x2029;
    }

    private static boolean isBidiOrInvisible(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C || c == 0x200B || c == 0xFEFF;
    }
}
