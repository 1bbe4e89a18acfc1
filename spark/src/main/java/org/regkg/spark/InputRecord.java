package org.regkg.spark;

import java.io.Serializable;
import org.regkg.ingest.InputException;
import org.regkg.ingest.MissingAbstractException;
import org.regkg.ingest.Paper;

/**
 * One record of the input as the job carries it: where it is (input number, position in its file
 * as a build counts it, line) and either the paper or why the record is bad.
 *
 * @param input      the input file's number, in the order the inputs were given
 * @param position   the paper's 1-based position in its file, as a build counts it (0 for a bad record)
 * @param line       where the record is in its file (its line, or its place among the file's records)
 * @param origin     "file:line", for messages
 * @param paper      the paper, or null for a bad record
 * @param problem    what is wrong with a bad record, else null
 * @param noAbstract whether the record is only skipped for want of an abstract (never an error, as in a build)
 */
record InputRecord(int input, int position, long line, String origin, Paper paper, String problem, boolean noAbstract)
        implements Serializable {
    static InputRecord good(int input, long line, Paper p) {
        return new InputRecord(input, p.position(), line, p.origin(), p, null, false);
    }

    static InputRecord bad(int input, long line, InputException e) {
        return new InputRecord(input, 0, line, e.location(), null, e.problem(), e instanceof MissingAbstractException);
    }

    boolean isGood() {
        return paper != null;
    }

    /** A good record's place in the whole input: inputs in order, papers in file order. */
    long order() {
        return ((long) input << 32) | (position & 0xffffffffL);
    }

    /** Any record's place in the whole input, for listing bad records in file order. */
    long place() {
        return ((long) input << 40) | line;
    }
}
