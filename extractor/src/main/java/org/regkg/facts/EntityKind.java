package org.regkg.facts;

/** The kinds of named things the extractor finds. */
public enum EntityKind {
    /** What the paper itself proposes. */
    METHOD,
    /** An established technique the paper uses, studies or compares against. */
    TECHNIQUE,
    /** A named dataset, corpus, benchmark or environment. */
    DATASET
}
