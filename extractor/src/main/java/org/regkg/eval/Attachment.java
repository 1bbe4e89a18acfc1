package org.regkg.eval;

/** What a matched value carries besides its number; checked only where the gold value has it. */
public enum Attachment {
    METRIC("metric"),
    DATASET("dataset");

    private final String key;

    Attachment(String key) {
        this.key = key;
    }

    /** The value field and the name in the report ({@code value_metric_attached}). */
    public String key() {
        return key;
    }
}
