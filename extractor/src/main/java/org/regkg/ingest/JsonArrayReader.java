package org.regkg.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;

/** A JSON array of paper objects, streamed one element at a time. */
final class JsonArrayReader implements PaperSource {
    private final JsonParser parser;
    private final String file;
    private final ObjectMapper mapper;
    private int position;
    private Boolean hasMore;
    private boolean started;

    JsonArrayReader(InputStream in, String file, ObjectMapper mapper) {
        this.file = file;
        this.mapper = mapper;
        try {
            this.parser = mapper.getFactory().createParser(in);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasNext() {
        if (hasMore == null) {
            hasMore = false; // stays false if advance() fails: a broken array ends the source
            hasMore = advance();
        }
        return hasMore;
    }

    private boolean advance() {
        try {
            if (!started) {
                started = true;
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_ARRAY) {
                    throw new InputException(where(), "expected a JSON array of paper objects");
                }
            }
            JsonToken t = parser.nextToken();
            if (t == null) {
                throw new InputException(where(), "malformed JSON: the array is not closed");
            }
            return t != JsonToken.END_ARRAY;
        } catch (JsonProcessingException e) {
            throw new InputException(where(), "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public Paper next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        hasMore = null;
        position++;
        String location = file + ": record " + position + " (line " + parser.currentLocation().getLineNr() + ")";
        JsonNode node;
        try {
            node = mapper.readTree(parser);
        } catch (JsonProcessingException e) {
            hasMore = false;
            throw new InputException(where(), "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
        return JsonRecords.toPaper(node, position, location);
    }

    private String where() {
        return file + ":" + parser.currentLocation().getLineNr();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new InputException(file, "cannot close: " + e.getMessage(), e);
        }
    }
}
