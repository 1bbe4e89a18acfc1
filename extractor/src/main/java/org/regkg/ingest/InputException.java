package org.regkg.ingest;

/** Bad input: the message is one line naming the file, the line or record, and what is wrong. */
public class InputException extends RuntimeException {
    private final String location;
    private final String problem;

    public InputException(String location, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    public InputException(String location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = location;
        this.problem = problem;
    }

    public String location() {
        return location;
    }

    public String problem() {
        return problem;
    }
}
