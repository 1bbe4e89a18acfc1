package org.regkg.facts;

/** The part of a paper's text a piece of evidence is in; offsets count within that part. */
public enum Section {
    TITLE,
    ABSTRACT
}
