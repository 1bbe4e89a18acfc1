package org.regkg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Turns one JSON object into a {@link Paper}, checking each field's type. */
final class JsonRecords {
    private JsonRecords() {
    }

    /** Parses one line of JSON Lines: the record at {@code position}, found at {@code location}. */
    static Paper fromLine(ObjectMapper mapper, String line, int position, String location) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputException(location, "malformed JSON: " + e.getOriginalMessage());
        }
        return toPaper(node, position, location);
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
        List<Author> people = people(node, location);
        Integer year = year(node, location);
        String date = date(node, location);
        if (year == null && date != null) {
            year = Integer.valueOf(date.substring(0, 4));
        }
        PaperMetadata meta = new PaperMetadata(people, date, text(node, "venue", location),
                IdentifierLib.openalexWork(text(node, "openalex_id", location)), categories(node, location),
                text(node, "source", location));
        return new Paper(id == null ? PaperIds.mint(title) : id, position, location, title,
                abstractText.strip(), people.stream().map(Author::name).toList(), year,
                text(node, "url", location), text(node, "doi", location), text(node, "arxiv_id", location), meta);
    }

    private static String date(JsonNode node, String location) {
        String d = text(node, "date", location);
        if (d == null) {
            return null;
        }
        if (!d.strip().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new InputException(location, "field \"date\" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), found \"" + d + "\"");
        }
        return d.strip();
    }

    private static List<String> categories(JsonNode node, String location) {
        JsonNode v = node.get("categories");
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            for (String c : v.asText().split("\\s+")) {
                if (!c.isBlank()) {
                    out.add(c);
                }
            }
            return out;
        }
        if (!v.isArray()) {
            throw new InputException(location, "field \"categories\" must be a list of strings, found " + describe(v));
        }
        for (JsonNode c : v) {
            if (!c.isTextual()) {
                throw new InputException(location, "field \"categories\" must be a list of strings, found an item " + describe(c));
            }
            if (!c.asText().isBlank()) {
                out.add(c.asText().strip());
            }
        }
        return out;
    }

    /** Authors as strings, or as objects {@code {"name": ..., "orcid": ...}}. */
    private static List<Author> people(JsonNode node, String location) {
        JsonNode v = node.get("authors");
        if (v != null && v.isArray()) {
            List<Author> out = new ArrayList<>();
            for (JsonNode a : v) {
                if (a.isObject()) {
                    JsonNode name = a.get("name");
                    if (name == null || !name.isTextual()) {
                        throw new InputException(location, "an author object needs a \"name\" string");
                    }
                    JsonNode orcid = a.get("orcid");
                    if (orcid != null && !orcid.isNull() && !orcid.isTextual()) {
                        throw new InputException(location, "an author's \"orcid\" must be a string, found " + describe(orcid));
                    }
                    if (!name.asText().isBlank()) {
                        out.add(new Author(name.asText().strip(),
                                orcid == null || orcid.isNull() ? null : IdentifierLib.orcid(orcid.asText())));
                    }
                } else if (!a.isTextual()) {
                    throw new InputException(location, "field \"authors\" must be a list of strings, found an item " + describe(a));
                } else if (!a.asText().isBlank()) {
                    out.add(new Author(a.asText().strip(), null));
                }
            }
            return out;
        }
        return authors(node, location).stream().map(a -> new Author(a, null)).toList();
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
