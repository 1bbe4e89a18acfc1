package org.regkg.shards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.regkg.facts.FactCounts;

/**
 * The comment line that opens each paper's quads in a shard: the paper's id, where its record came
 * from ("file:line") and its facts by kind, so that a loader can report a paper it refuses and count
 * the ones it keeps. N-Quads readers skip
 * it as a comment.
 *
 * @param id     the paper's id
 * @param origin where its record was read
 * @param counts the paper's facts by kind
 */
public record PaperHeader(String id, String origin, FactCounts counts) {
    static final String PREFIX = "# regkg-paper ";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The comment line, without its line end. */
    String line() {
        try {
            return PREFIX + MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a paper header", e);
        }
    }

    /** The header a line holds, if it is one. */
    static Optional<PaperHeader> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(line.substring(PREFIX.length()), PaperHeader.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
