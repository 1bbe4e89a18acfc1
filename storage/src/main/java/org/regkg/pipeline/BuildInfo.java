package org.regkg.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The store's {@code build.json}: the summary of the build that made it. */
final class BuildInfo {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BuildInfo() {
    }

    static byte[] json(BuildSummary summary) {
        try {
            return JSON.writeValueAsBytes(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the build summary as JSON", e);
        }
    }
}
