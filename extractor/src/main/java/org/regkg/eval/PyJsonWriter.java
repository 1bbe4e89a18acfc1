package org.regkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Python's {@code json.dumps}: compact with {@code ", "} and {@code ": "} separators, or indented
 * with {@code ","}; {@code ensure_ascii} escapes everything outside printable ASCII. The report
 * then reads byte for byte like the one {@code score.py} prints.
 */
public final class PyJsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final int indent;
    private final boolean ensureAscii;

    /** @param indent spaces per level, or a negative number for one compact line */
    public PyJsonWriter(int indent, boolean ensureAscii) {
        this.indent = indent;
        this.ensureAscii = ensureAscii;
    }

    /** {@code json.dumps(value, indent=1)}, the form of {@code score.py --json}. */
    public static PyJsonWriter indented() {
        return new PyJsonWriter(1, true);
    }

    /** {@code json.dumps(value, ensure_ascii=False)}, the form of the {@code --details} lines. */
    public static PyJsonWriter compact() {
        return new PyJsonWriter(-1, false);
    }

    public String write(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.toString();
    }

    private void write(JsonNode v, int level, StringBuilder out) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            out.append("null");
        } else if (v.isBoolean()) {
            out.append(v.asBoolean());
        } else if (v.isIntegralNumber()) {
            out.append(v.bigIntegerValue());
        } else if (v.isNumber()) {
            double d = v.asDouble();
            out.append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : PyLib.floatRepr(d));
        } else if (v.isTextual()) {
            string(v.asText(), out);
        } else if (v.isArray()) {
            container('[', ']', v.size(), v.elements(), null, level, out);
        } else {
            container('{', '}', v.size(), null, v.properties().iterator(), level, out);
        }
    }

    private void container(char open, char close, int size, Iterator<JsonNode> items,
                           Iterator<Map.Entry<String, JsonNode>> fields, int level, StringBuilder out) {
        out.append(open);
        if (size == 0) {
            out.append(close);
            return;
        }
        boolean first = true;
        while (items != null ? items.hasNext() : fields.hasNext()) {
            if (!first) {
                out.append(indent < 0 ? ", " : ",");
            }
            first = false;
            newline(level + 1, out);
            if (items != null) {
                write(items.next(), level + 1, out);
            } else {
                Map.Entry<String, JsonNode> f = fields.next();
                string(f.getKey(), out);
                out.append(": ");
                write(f.getValue(), level + 1, out);
            }
        }
        newline(level, out);
        out.append(close);
    }

    private void newline(int level, StringBuilder out) {
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * level));
        }
    }

    private void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (ensureAscii && c > 0x7E)) {
                        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                                .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
