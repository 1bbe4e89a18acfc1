package org.regkg.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens an input file as a {@link PaperSource} of the right format. */
public final class PaperSources {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

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

    /** Opens {@code path}; {@code format} null means: choose by the file's extension. */
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
        return open(in, file, format != null ? format : InputFormat.fromPath(path));
    }

    /**
     * Reads papers of format {@code f} from a stream opened elsewhere (a Hadoop file system, say);
     * {@code file} names it in messages. The source closes the stream.
     */
    public PaperSource open(InputStream in, String file, InputFormat f) {
        return switch (f) {
            case LISTING -> new ListingReader(in, file);
            case JSONL -> new JsonLinesReader(in, file, mapper);
            case JSON -> new JsonArrayReader(in, file, mapper);
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
