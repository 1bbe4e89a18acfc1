package org.regkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Turns one JSON object into a {@link Paper}, checking each field's type. */
final class JsonRecords {
    private JsonRecords() {
    }

    static Paper toPaper(JsonNode node, int position, String location) {
        if (node == null || !node.isObject()) {
            throw new InputException(location, "expected a JSON object, found " + describe(node));
        }
        String title = text(node, "title", location);
        String abstractText = text(node, "abstract", location);
        PaperChecks.check(location, title, abstractText);
        title = title.strip();
        String id = idOf(node, location);
        return new Paper(id == null ? PaperIds.mint(title) : id, position, location, title,
                abstractText.strip(), authors(node, location), year(node, location),
                text(node, "url", location), text(node, "doi", location), text(node, "arxiv_id", location));
    }

    private static String idOf(JsonNode node, String location) {
        JsonNode id = node.get("id");
        if (id == null || id.isNull()) {
            return null;
        }
        if (!id.isTextual() && !id.isIntegralNumber()) {
            throw new InputException(location, "field \"id\" must be a string or an integer, found " + describe(id));
        }
        String s = id.asText().strip();
        if (s.isEmpty()) {
            throw new InputException(location, "field \"id\" is empty");
        }
        if (PaperIds.isDotSegment(s)) {
            throw new InputException(location, "field \"id\" is \"" + s + "\", which cannot name a paper in an IRI path");
        }
        return s;
    }

    private static String text(JsonNode node, String field, String location) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InputException(location, "field \"" + field + "\" must be a string, found " + describe(v));
        }
        return v.asText();
    }

    private static List<String> authors(JsonNode node, String location) {
        JsonNode v = node.get("authors");
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            for (String a : v.asText().split("\\s*(?:;|,| and )\\s*")) {
                if (!a.isBlank()) {
                    out.add(a.strip());
                }
            }
            return out;
        }
        if (!v.isArray()) {
            throw new InputException(location, "field \"authors\" must be a list of strings, found " + describe(v));
        }
        for (JsonNode a : v) {
            if (!a.isTextual()) {
                throw new InputException(location, "field \"authors\" must be a list of strings, found an item " + describe(a));
            }
            if (!a.asText().isBlank()) {
                out.add(a.asText().strip());
            }
        }
        return out;
    }

    private static Integer year(JsonNode node, String location) {
        JsonNode v = node.get("year");
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.asInt();
        }
        if (v.isTextual() && v.asText().strip().matches("\\d{4}")) {
            return Integer.parseInt(v.asText().strip());
        }
        throw new InputException(location, "field \"year\" must be a four-digit year, found " + describe(v));
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
