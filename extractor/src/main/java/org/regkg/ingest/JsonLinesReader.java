package org.regkg.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.NoSuchElementException;

/** JSON Lines: one object per line; blank lines are skipped. */
final class JsonLinesReader implements PaperSource {
    private final Utf8LineReader lines;
    private final String file;
    private final ObjectMapper mapper;
    private int position;
    private String pending;
    private boolean done;

    JsonLinesReader(InputStream in, String file, ObjectMapper mapper) {
        this.lines = new Utf8LineReader(in, file);
        this.file = file;
        this.mapper = mapper;
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !done) {
            String line = lines.readLine();
            while (line != null && line.isBlank()) {
                line = lines.readLine();
            }
            if (line == null) {
                done = true;
            } else {
                pending = line;
            }
        }
        return pending != null;
    }

    @Override
    public Paper next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String line = pending;
        pending = null;
        position++;
        return JsonRecords.fromLine(mapper, line, position, file + ":" + lines.lineNumber());
    }

    @Override
    public void close() {
        lines.close();
    }
}
