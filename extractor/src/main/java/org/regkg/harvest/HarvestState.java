package org.regkg.harvest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a harvest stopped, kept beside its output so that the same command resumes it.
 *
 * @param source   the API ({@link HarvestSource#label()})
 * @param query    the query
 * @param from     the --from day (ISO) or null
 * @param next     the next page: a start offset (arXiv) or a cursor (OpenAlex); null before the first page
 * @param pages    pages fetched so far
 * @param written  records in the output so far
 * @param finished true when the API has no more pages
 */
public record HarvestState(String source, String query, String from, String next, int pages, int written, boolean finished) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static HarvestState start(HarvestSettings s) {
        return new HarvestState(s.source().label(), s.query(), s.from() == null ? null : s.from().toString(), null, 0, 0, false);
    }

    boolean sameHarvest(HarvestSettings s) {
        return source.equals(s.source().label()) && query.equals(s.query())
                && java.util.Objects.equals(from, s.from() == null ? null : s.from().toString());
    }

    HarvestState after(String nextPage, int newlyWritten, boolean done) {
        return new HarvestState(source, query, from, nextPage, pages + 1, written + newlyWritten, done);
    }

    static HarvestState read(Path file) throws HarvestException {
        try {
            return JSON.readValue(file.toFile(), HarvestState.class);
        } catch (IOException e) {
            throw new HarvestException(file + ": unreadable harvest state: " + e.getMessage(), e);
        }
    }

    /** Writes the state beside its final place and moves it there, so a crash leaves the old or the new state. */
    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
