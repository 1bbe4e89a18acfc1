package org.regkg.ingest;

import java.io.Closeable;
import java.util.Iterator;

/**
 * A stream of papers read lazily from one input. {@link #next()} throws {@link InputException}
 * for a bad record; the source stays usable after that, so a caller may skip the record and go on.
 */
public interface PaperSource extends Iterator<Paper>, Closeable {
    @Override
    void close();
}
