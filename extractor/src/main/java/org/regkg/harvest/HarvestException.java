package org.regkg.harvest;

import java.io.IOException;

/** A harvest that cannot go on: the API refused, kept failing, or answered with something unreadable. */
public class HarvestException extends IOException {
    public HarvestException(String message) {
        super(message);
    }

    public HarvestException(String message, Throwable cause) {
        super(message, cause);
    }
}
