package org.regkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/** Lenient reads of source JSON: a field of the wrong type counts as absent. */
final class JsonFieldLib {
    private JsonFieldLib() {
    }

    /** The text at {@code path} (field names, array indexes as numbers), or null. */
    static String text(JsonNode node, Object... path) {
        JsonNode n = at(node, path);
        return n != null && (n.isTextual() || n.isNumber()) ? n.asText() : null;
    }

    static JsonNode at(JsonNode node, Object... path) {
        JsonNode n = node;
        for (Object p : path) {
            if (n == null) {
                return null;
            }
            n = p instanceof Integer i ? n.get(i) : n.get((String) p);
        }
        return n == null || n.isNull() || n.isMissingNode() ? null : n;
    }

    /** The elements at {@code path}, empty when it is not an array. */
    static Iterable<JsonNode> list(JsonNode node, Object... path) {
        JsonNode n = at(node, path);
        return n != null && n.isArray() ? n : java.util.List.of();
    }

    static Integer integer(JsonNode node, Object... path) {
        JsonNode n = at(node, path);
        if (n != null && n.isIntegralNumber()) {
            return n.asInt();
        }
        if (n != null && n.isTextual() && n.asText().strip().matches("\\d{1,9}")) {
            return Integer.valueOf(n.asText().strip());
        }
        return null;
    }
}
