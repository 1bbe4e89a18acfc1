package org.regkg.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.regkg.export.JsonlExporter;
import org.regkg.ingest.InputException;

/**
 * Predicted papers in the JSON Lines form of {@code FORMAT.md}, found by normalised title (a later
 * line with the same normalised title replaces an earlier one, as in {@code score.py}).
 */
public final class Predictions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, JsonNode> byTitle;

    private Predictions(Map<String, JsonNode> byTitle) {
        this.byTitle = byTitle;
    }

    /** What the store holds, read through the JSON Lines export, leaving out facts below {@code minConfidence}. */
    public static Predictions fromStore(Dataset store, double minConfidence) {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        new JsonlExporter(store, minConfidence).write(lines);
        return read(new ByteArrayInputStream(lines.toByteArray()), "export");
    }

    /** Reads JSON Lines; {@code source} names the input in error messages. */
    public static Predictions read(InputStream in, String source) {
        Map<String, JsonNode> byTitle = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode obj = parse(line, source + ":" + n);
                byTitle.put(NormLib.norm(PyLib.text(obj.get("title"))), obj);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Predictions(byTitle);
    }

    private static JsonNode parse(String line, String location) {
        JsonNode obj;
        try {
            obj = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputException(location, "not JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (!obj.isObject()) {
            throw new InputException(location, "not a JSON object");
        }
        return obj;
    }

    /** The prediction for a paper with this title (compared normalised), or null. */
    public JsonNode get(String title) {
        return byTitle.get(NormLib.norm(title));
    }

    /** Number of distinct papers predicted. */
    public int size() {
        return byTitle.size();
    }
}
