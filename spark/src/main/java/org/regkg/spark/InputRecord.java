package org.regkg.spark;

import java.io.Serializable;
import org.regkg.ingest.InputException;
import org.regkg.ingest.MissingAbstractException;
import org.regkg.ingest.Paper;

/**
 * One record of the input as the job carries it: where it is (input number, position in its file,
 * "file:line") and either the paper or why the record is bad.
 *
 * @param input    the input file's number, in the order the inputs were given
 * @param position the record's 1-based position in its file, as a build counts it
 * @param origin   "file:line", for messages
 * @param paper    the paper, or null for a bad record
 * @param problem  what is wrong with a bad record, else null
 * @param noAbstract whether the record is only skipped for want of an abstract (never an error, as in a build)
 */
record InputRecord(int input, int position, String origin, Paper paper, String problem, boolean noAbstract)
        implements Serializable {
    static InputRecord good(int input, Paper p) {
        return new InputRecord(input, p.position(), p.origin(), p, null, false);
    }

    static InputRecord bad(int input, int position, InputException e) {
        return new InputRecord(input, position, e.location(), null, e.problem(), e instanceof MissingAbstractException);
    }

    boolean isGood() {
        return paper != null;
    }

    /** The record's place in the whole input: inputs in order, records in file order. */
    long order() {
        return order(input, position);
    }

    static long order(int input, int position) {
        return ((long) input << 32) | (position & 0xffffffffL);
    }
}
