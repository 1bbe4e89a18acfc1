package org.regkg.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Tells an input's format from its first bytes: XML by its root element (an Atom {@code feed}, an
 * {@code OAI-PMH} response), JSON by the field names of its first record (or page). Input that
 * looks like neither is left to the file's extension.
 */
public final class FormatSniffer {
    /** How much of the input is looked at. */
    static final int PREFIX_BYTES = 64 * 1024;

    private static final Set<String> PAGE_LISTS = Set.of("results", "items", "data");

    private final JsonFactory json = new JsonFactory();

    /** The format of {@code path}'s content, falling back to its extension. */
    public InputFormat detect(Path path) {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(PREFIX_BYTES);
        } catch (IOException e) {
            return InputFormat.fromPath(path);
        }
        return detect(head, InputFormat.fromPath(path));
    }

    /** The format of content starting with {@code head}; {@code fallback} when it cannot tell. */
    public InputFormat detect(byte[] head, InputFormat fallback) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i >= head.length) {
            return fallback;
        }
        return switch (head[i]) {
            case '<' -> xml(head, fallback);
            case '{', '[' -> json(head, i, fallback);
            default -> fallback;
        };
    }

    private InputFormat xml(byte[] head, InputFormat fallback) {
        try {
            XMLStreamReader r = XmlLib.reader(new ByteArrayInputStream(head), true);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    return switch (r.getLocalName()) {
                        case "feed" -> InputFormat.ARXIV_ATOM;
                        case "OAI-PMH" -> InputFormat.ARXIV_OAI;
                        default -> fallback;
                    };
                }
            }
        } catch (XMLStreamException e) {
            return fallback;
        }
        return fallback;
    }

    /** Field names of the first object (descending into a top-level array or a page's record list). */
    private InputFormat json(byte[] head, int start, InputFormat fallback) {
        Set<String> names = new HashSet<>();
        String[] id = new String[1];
        boolean topArray = head[start] == '[';
        InputFormat found = null;
        try (JsonParser p = json.createParser(head)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                t = p.nextToken();
            }
            if (t != JsonToken.START_OBJECT) {
                return fallback;
            }
            found = fields(p, names, id, 0);
        } catch (IOException e) {
            // the prefix ends inside a value: decide on what was seen
        }
        if (found == null) {
            found = decide(names, id[0]);
        }
        if (found != null) {
            return found;
        }
        return topArray ? InputFormat.JSON : fallback == InputFormat.LISTING ? InputFormat.JSONL : fallback;
    }

    private static InputFormat fields(JsonParser p, Set<String> names, String[] id, int depth) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            names.add(name);
            JsonToken v = p.nextToken();
            if (name.equals("id") && v == JsonToken.VALUE_STRING) {
                id[0] = p.getText();
            }
            InputFormat f = decide(names, id[0]);
            if (f != null) {
                return f;
            }
            if (depth < 2 && v == JsonToken.START_ARRAY && PAGE_LISTS.contains(name)) {
                if (p.nextToken() == JsonToken.START_OBJECT) {
                    return fields(p, names, id, depth + 1);
                }
                return null;
            }
            p.skipChildren();
        }
        return null;
    }

    private static InputFormat decide(Set<String> names, String id) {
        if (names.contains("message") || names.contains("message-type")) {
            return InputFormat.CROSSREF;
        }
        if (id != null && id.startsWith("https://openalex.org/") || names.contains("abstract_inverted_index")
                || names.contains("results") && names.contains("meta")) {
            return InputFormat.OPENALEX;
        }
        if (names.contains("paperId") || names.contains("corpusId")) {
            return InputFormat.S2;
        }
        if (names.contains("authors_parsed") || names.contains("submitter") || names.contains("update_date")
                || names.contains("versions") && names.contains("journal-ref")) {
            return InputFormat.ARXIV_SNAPSHOT;
        }
        if (names.contains("DOI") && (names.contains("container-title") || names.contains("issued") || names.contains("reference-count"))) {
            return InputFormat.CROSSREF;
        }
        return null;
    }
}
