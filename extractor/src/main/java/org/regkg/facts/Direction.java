package org.regkg.facts;

/** Whether a claimed number is a gain, a reduction or a plain level. */
public enum Direction {
    INCREASE,
    DECREASE,
    ABSOLUTE
}
