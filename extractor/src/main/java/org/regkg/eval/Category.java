package org.regkg.eval;

/** The rows of the score table, named as {@code score.py} names them. */
public enum Category {
    METHODS("methods"),
    TECHNIQUES("techniques"),
    REGULARIZATION_TECHNIQUES("regularization_techniques"),
    DATASETS("datasets"),
    CLAIMS("claims"),
    VALUES("values");

    private final String key;

    Category(String key) {
        this.key = key;
    }

    /** The row name and JSON key ({@code "regularization_techniques"}). */
    public String key() {
        return key;
    }
}
