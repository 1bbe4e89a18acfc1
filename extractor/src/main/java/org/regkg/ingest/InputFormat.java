package org.regkg.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The input formats RegKG reads; {@link #label()} is the name {@code --format} takes. */
public enum InputFormat {
    /** The bundled listing: two header lines, then title and abstract on alternating lines. */
    LISTING("listing"),
    /** RegKG's own JSON: one object per line. */
    JSONL("jsonl"),
    /** RegKG's own JSON: one array of objects. */
    JSON("json"),
    /** An arXiv API ({@code export.arxiv.org/api/query}) Atom feed. */
    ARXIV_ATOM("arxiv-atom"),
    /** arXiv OAI-PMH GetRecord or ListRecords responses in the {@code arXiv} metadata format. */
    ARXIV_OAI("arxiv-oai"),
    /** The arXiv metadata snapshot: JSON Lines with id, title, abstract, authors_parsed, versions. */
    ARXIV_SNAPSHOT("arxiv-snapshot"),
    /** OpenAlex work objects: one, one per line, or API pages with {@code results}. */
    OPENALEX("openalex"),
    /** Semantic Scholar Graph API paper objects: one, one per line, a list, or pages with {@code data}. */
    S2("s2"),
    /** Crossref REST API {@code works} responses: a single {@code message} or a list of {@code items}. */
    CROSSREF("crossref");

    private final String label;

    InputFormat(String label) {
        this.label = label;
    }

    /** The format's name on the command line and in messages. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The format named {@code name} (its label or constant name, any case). */
    public static Optional<InputFormat> byName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(f -> f.label.equals(n)).findFirst();
    }

    /** The format a file's extension implies: .jsonl/.ndjson, .json, anything else the listing. */
    public static InputFormat fromPath(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        return LISTING;
    }
}
