package org.regkg.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.regkg.ingest.InputException;

/**
 * A gold annotation file as {@code GUIDELINES.md} writes it: a JSON array of papers with a
 * title, and methods, techniques, datasets (each {@code {"name", "aliases"?}}) and results
 * ({@code {"claim", "values"?}}). Checked when read, so a bad file is one line naming the paper
 * and the field, not a failure halfway through scoring.
 */
public final class GoldFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String[] ENTITY_FIELDS = {"methods", "techniques", "datasets"};
    private static final String[] VALUE_TEXT_FIELDS = {"unit", "metric", "dataset", "direction"};
    private final List<JsonNode> papers;

    private GoldFile(List<JsonNode> papers) {
        this.papers = papers;
    }

    /** A gold file of already checked papers (a subset of one that was read). */
    public static GoldFile of(List<JsonNode> papers) {
        return new GoldFile(List.copyOf(papers));
    }

    /** Reads and checks {@code file}; throws {@link InputException} naming what is wrong. */
    public static GoldFile read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new InputException(where, "not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
        if (root == null || !root.isArray()) {
            throw new InputException(file.toString(), "not a gold file: expected a JSON array of papers");
        }
        List<JsonNode> papers = new ArrayList<>();
        int n = 0;
        for (JsonNode paper : root) {
            n++;
            check(paper, file + ": paper " + n);
            papers.add(paper);
        }
        return new GoldFile(Collections.unmodifiableList(papers));
    }

    private static void check(JsonNode paper, String where) {
        if (!paper.isObject()) {
            throw new InputException(where, "not a JSON object");
        }
        if (!isText(paper.get("title"))) {
            throw new InputException(where, "no \"title\" string");
        }
        for (String field : ENTITY_FIELDS) {
            int i = 0;
            for (JsonNode e : list(paper, field, where)) {
                String at = field + "[" + i++ + "]";
                if (!e.isObject() || !isText(e.get("name"))) {
                    throw new InputException(where, at + " needs a \"name\" string");
                }
                for (JsonNode alias : list(e, "aliases", where + ": " + at)) {
                    if (!alias.isTextual()) {
                        throw new InputException(where, at + ".aliases holds a non-string");
                    }
                }
            }
        }
        int i = 0;
        for (JsonNode r : list(paper, "results", where)) {
            String at = "results[" + i++ + "]";
            if (!r.isObject() || !isText(r.get("claim"))) {
                throw new InputException(where, at + " needs a \"claim\" string");
            }
            int k = 0;
            for (JsonNode v : list(r, "values", where + ": " + at)) {
                String vat = at + ".values[" + k++ + "]";
                if (!v.isObject()) {
                    throw new InputException(where, vat + " is not a JSON object");
                }
                for (String f : VALUE_TEXT_FIELDS) {
                    if (v.hasNonNull(f) && !v.get(f).isTextual()) {
                        throw new InputException(where, vat + "." + f + " is not a string");
                    }
                }
            }
        }
    }

    /** A field that must be an array when present and not null. */
    private static JsonNode list(JsonNode obj, String field, String where) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            return JSON.createArrayNode();
        }
        if (!v.isArray()) {
            throw new InputException(where, "\"" + field + "\" is not a JSON array");
        }
        return v;
    }

    private static boolean isText(JsonNode v) {
        return v != null && v.isTextual();
    }

    /** The gold papers, in file order. */
    public List<JsonNode> papers() {
        return papers;
    }
}
