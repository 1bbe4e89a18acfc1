package org.regkg.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens an input file as a {@link PaperSource} of the right format. */
public final class PaperSources {
    /** The longest JSON string read (a title, an abstract, a name), in characters: memory per record stays bounded. */
    static final int MAX_JSON_STRING = 1 << 20;
    /** How deep JSON may nest; records are shallow, and deep nesting is an attack on the parser. */
    static final int MAX_JSON_DEPTH = 64;

    private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_JSON_STRING).maxNestingDepth(MAX_JSON_DEPTH).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private final FormatSniffer sniffer = new FormatSniffer();

    /** Fails with the same message {@link #open} would give when {@code path} cannot be read. */
    public void checkReadable(Path path) {
        String file = path.toString();
        if (!Files.exists(path)) {
            throw new InputException(file, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new InputException(file, "is a directory, not an input file");
        }
        if (!Files.isReadable(path)) {
            throw new InputException(file, "cannot read: permission denied");
        }
    }

    /** Opens {@code path}; {@code format} null means: tell it from the content (else the extension). */
    public PaperSource open(Path path, InputFormat format) {
        String file = path.toString();
        InputStream in;
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(file, "is a directory, not an input file");
            }
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
        InputFormat f = format != null ? format : sniffer.detect(path);
        return open(in, file, f, () -> Files.newInputStream(path));
    }

    /** Reads records of {@code format} from content held in memory (an API response), named {@code name} in messages. */
    public PaperSource open(byte[] content, String name, InputFormat format) {
        return open(new ByteArrayInputStream(content), name, format, () -> new ByteArrayInputStream(content));
    }

    /** The format of {@code content}, told from its first bytes ({@code fallback} when it cannot tell). */
    public InputFormat detect(byte[] content, InputFormat fallback) {
        return sniffer.detect(content.length <= FormatSniffer.PREFIX_BYTES ? content
                : java.util.Arrays.copyOf(content, FormatSniffer.PREFIX_BYTES), fallback);
    }

    private PaperSource open(InputStream in, String file, InputFormat f, JsonStreamReader.Reopener reopen) {
        return switch (f) {
            case LISTING -> new ListingReader(in, file);
            case JSONL -> new JsonLinesReader(in, file, mapper);
            case JSON -> new JsonArrayReader(in, file, mapper);
            case ARXIV_ATOM -> new XmlRecordReader(in, file, new ArxivAtomRecords());
            case ARXIV_OAI -> new XmlRecordReader(in, file, new ArxivOaiRecords());
            case ARXIV_SNAPSHOT -> new JsonStreamReader(in, file, mapper, new ArxivSnapshotRecords(), reopen);
            case OPENALEX -> new JsonStreamReader(in, file, mapper, new OpenAlexRecords(), reopen);
            case S2 -> new JsonStreamReader(in, file, mapper, new S2Records(), reopen);
            case CROSSREF -> new JsonStreamReader(in, file, mapper, new CrossrefRecords(), reopen);
        };
    }

    /**
     * One line of JSON Lines as a paper, exactly as {@link #open} reads it from a file: the
     * {@code position}th record of its file, found at {@code location} ("file:line"). For readers
     * that split a file by lines, such as a Spark job.
     */
    public Paper jsonLine(String line, int position, String location) {
        return JsonRecords.fromLine(mapper, line, position, location);
    }
}
