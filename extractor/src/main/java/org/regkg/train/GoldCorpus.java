package org.regkg.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regkg.eval.GoldFile;
import org.regkg.eval.NormLib;
import org.regkg.ingest.InputException;
import org.regkg.ingest.InputFormat;
import org.regkg.ingest.Paper;
import org.regkg.ingest.PaperSource;
import org.regkg.ingest.PaperSources;

/**
 * Pairs gold papers with their texts. A gold id that is a number is the 1-based position of the
 * paper in a listing input (the bundled corpus); any other id is the id of a record of a JSON
 * input ({@code arXiv:2503.11892}); a gold paper with neither is found by its normalised title.
 * A gold paper whose text is in no input is an error naming it.
 */
public final class GoldCorpus {
    /** Source of papers found by their position in a listing input. */
    public static final String CORPUS = "corpus";
    /** Source of papers whose id starts with {@code arXiv:}. */
    public static final String ARXIV = "arXiv";

    private GoldCorpus() {
    }

    public static List<GoldPaper> load(List<Path> goldFiles, List<Path> inputs) {
        Map<Integer, Paper> byPosition = new HashMap<>();
        Map<String, Paper> byId = new HashMap<>();
        Map<String, Paper> byTitle = new HashMap<>();
        PaperSources sources = new PaperSources();
        for (Path input : inputs) {
            sources.checkReadable(input);
            InputFormat format = InputFormat.fromPath(input);
            try (PaperSource source = sources.open(input, format)) {
                while (source.hasNext()) {
                    Paper p = source.next();
                    if (format == InputFormat.LISTING) {
                        byPosition.putIfAbsent(p.position(), p);
                    } else {
                        byId.putIfAbsent(p.id(), p);
                    }
                    byTitle.putIfAbsent(NormLib.norm(p.title()), p);
                }
            }
        }
        List<GoldPaper> out = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Path file : goldFiles) {
            int n = 0;
            for (JsonNode g : GoldFile.read(file).papers()) {
                n++;
                JsonNode id = g.get("id");
                Paper p = null;
                String source = file.getFileName().toString();
                if (id != null && id.isInt()) {
                    p = byPosition.get(id.asInt());
                    source = CORPUS;
                } else if (id != null && id.isTextual()) {
                    p = byId.get(id.asText());
                    source = id.asText().startsWith("arXiv:") ? ARXIV : source;
                }
                if (p == null) {
                    p = byTitle.get(NormLib.norm(g.get("title").asText()));
                }
                if (p == null || !NormLib.norm(p.title()).equals(NormLib.norm(g.get("title").asText()))) {
                    throw new InputException(file + ": paper " + n, "no input holds its text (id "
                            + (id == null ? "none" : id.asText()) + ", title \"" + g.get("title").asText() + "\")");
                }
                String key = NormLib.norm(p.title());
                if (seen.putIfAbsent(key, true) != null) {
                    continue; // annotated twice: the first annotation counts
                }
                out.add(new GoldPaper(p, g, source));
            }
        }
        return out;
    }
}
