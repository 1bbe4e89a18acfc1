package org.regkg.pipeline;

/** What a build tells its caller as it goes. Every method has a do-nothing default. */
public interface BuildListener {
    /** The build starts; {@code total} papers are expected (an upper bound: duplicates and bad records are skipped). */
    default void started(long total) {
    }

    /** One more paper is done. */
    default void paperDone() {
    }

    /** A record was skipped: bad ({@code --skip-invalid}) or a duplicate. */
    default void skipped(String message) {
    }

    /** A step of the build other than extraction ("loading", "indexing"). */
    default void step(String name) {
    }

    default void finished() {
    }
}
