package org.regkg.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;

/**
 * Streams the records of a JSON source with Jackson's streaming parser, whatever the wrapping: one
 * record, records one per line, a JSON array of records, or API pages ({@code {"results": [...]}},
 * {@code {"message": {"items": [...]}}}) - several per file, or a whole page on one line. Only one
 * record is in memory at a time, and only the fields its mapper reads.
 *
 * <p>Malformed JSON is reported with its line; the reader then starts again on the next line (it
 * reopens the input there), so records one per line survive a bad line.
 */
final class JsonStreamReader implements PaperSource {
    /** Reopens the input from its start, to resume after malformed JSON. */
    interface Reopener {
        InputStream open() throws IOException;
    }

    private final String file;
    private final ObjectMapper mapper;
    private final JsonRecordMapper records;
    private final Reopener reopener;
    private JsonParser parser;
    private InputStream in;
    /** Bytes and lines of the input before the current parser's start. */
    private long byteBase;
    private int lineBase;
    private long lastRestart = -1;
    /** Open record lists and page objects the parser is inside of. */
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int position;
    private Object pending;
    private boolean done;

    private enum Frame { LIST, PAGE }

    private record Found(JsonNode node, int line) {
    }

    JsonStreamReader(InputStream in, String file, ObjectMapper mapper, JsonRecordMapper records, Reopener reopener) {
        this.file = file;
        this.mapper = mapper;
        this.records = records;
        this.reopener = reopener;
        this.in = in;
        this.parser = createParser(in);
    }

    private JsonParser createParser(InputStream stream) {
        try {
            JsonFactory f = mapper.getFactory();
            return f.createParser(stream);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !done) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public Paper next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Object p = pending;
        pending = null;
        if (p instanceof InputException e) {
            throw e;
        }
        Found f = (Found) p;
        position++;
        return records.toPaper(f.node, position, file + ":" + f.line + " (record " + position + ")");
    }

    /** The next record, an error, or null at the end. */
    private Object advance() {
        try {
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == null) {
                    done = true;
                    return null;
                }
                Frame frame = frames.peek();
                if (frame == Frame.LIST) {
                    if (t == JsonToken.END_ARRAY) {
                        frames.pop();
                        continue;
                    }
                    if (t != JsonToken.START_OBJECT) {
                        int line = line(parser.currentTokenLocation());
                        parser.skipChildren();
                        position++;
                        return new InputException(file + ":" + line + " (record " + position + ")",
                                "expected a JSON object, found " + t.asString());
                    }
                    return readObject(false);
                }
                if (frame == Frame.PAGE) {
                    if (t == JsonToken.END_OBJECT) {
                        frames.pop();
                        continue;
                    }
                    String name = parser.currentName();
                    JsonToken v = parser.nextToken();
                    if (records.recordLists().contains(name) && v == JsonToken.START_ARRAY) {
                        frames.push(Frame.LIST);
                    } else {
                        parser.skipChildren();
                    }
                    continue;
                }
                // top level
                if (t == JsonToken.START_ARRAY) {
                    frames.push(Frame.LIST);
                    continue;
                }
                if (t != JsonToken.START_OBJECT) {
                    int line = line(parser.currentTokenLocation());
                    position++;
                    return new InputException(file + ":" + line + " (record " + position + ")",
                            "expected a JSON object, found " + t.asString());
                }
                Object r = readObject(true);
                if (r != null) {
                    return r;
                }
            }
        } catch (JsonProcessingException e) {
            return resync(e);
        } catch (IOException e) {
            done = true;
            return new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * An object just started: a record, or (at the top level, or as an envelope) a page of records.
     * Fields are read until a record list or envelope shows it is a page; then the reader descends
     * into it and this returns null. Otherwise the object, with the mapper's fields only, is the record.
     */
    private Object readObject(boolean pageAllowed) throws IOException {
        int line = line(parser.currentTokenLocation());
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken v = parser.nextToken();
            if (pageAllowed && v == JsonToken.START_ARRAY && records.recordLists().contains(name)) {
                frames.push(Frame.PAGE);
                frames.push(Frame.LIST);
                return null;
            }
            if (pageAllowed && v == JsonToken.START_OBJECT && records.envelopes().contains(name)) {
                frames.push(Frame.PAGE);
                return readObject(true);
            }
            if (records.fields().contains(name)) {
                node.set(name, mapper.readTree(parser));
            } else {
                parser.skipChildren();
            }
        }
        return new Found(node, line);
    }

    /** Reports malformed JSON and restarts on the line after it. */
    private InputException resync(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? lineBase + 1 : line(at);
        position++;
        InputException error = new InputException(file + ":" + line + " (record " + position + ")",
                "malformed JSON: " + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse(""));
        frames.clear();
        long offset = at == null || at.getByteOffset() < 0 ? -1 : byteBase + at.getByteOffset();
        if (reopener == null || offset < 0) {
            done = true;
            return error;
        }
        try {
            closeQuietly();
            in = reopener.open();
            // a record cut short shows up at the first character of the next line: start again there
            long restart = at.getColumnNr() == 1 && offset > byteBase && offset != lastRestart ? offset : -1;
            if (restart >= 0) {
                in.skipNBytes(restart);
                byteBase = restart;
                lastRestart = restart;
                lineBase = line - 1;
            } else {
                in.skipNBytes(offset);
                long skipped = offset;
                int b;
                while ((b = in.read()) >= 0 && b != '\n') {
                    skipped++;
                }
                if (b < 0) {
                    done = true;
                    return error;
                }
                byteBase = skipped + 1;
                lineBase = line;
            }
            parser = createParser(in);
        } catch (IOException io) {
            done = true;
        }
        return error;
    }

    private int line(JsonLocation l) {
        return lineBase + Math.max(1, l.getLineNr());
    }

    private void closeQuietly() {
        try {
            parser.close();
            in.close();
        } catch (IOException e) {
            // the input is being replaced
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
            in.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
