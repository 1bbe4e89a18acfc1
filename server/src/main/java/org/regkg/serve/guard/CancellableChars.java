package org.regkg.serve.guard;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string as a {@link CharSequence} that stops the regular expression reading it once its
 * query is cancelled: {@code java.util.regex} never checks for interruption, and a backtracking
 * pattern can read the same characters for hours, but it reads them all through
 * {@link #charAt}, which here checks the query's cancel signal every few thousand reads.
 */
final class CancellableChars implements CharSequence {
    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final int start;
    private final int end;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableChars(String text, AtomicBoolean cancelled) {
        this(text, 0, text.length(), cancelled);
    }

    private CancellableChars(String text, int start, int end, AtomicBoolean cancelled) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            if (cancelled.get() || Thread.currentThread().isInterrupted()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(start + index);
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new CancellableChars(text, start + from, start + to, cancelled);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
