package org.regkg.shards;

import org.regkg.ingest.InputException;

/** Shards that cannot be read or do not match their manifest: bad input, named by file and line. */
public class ShardException extends InputException {
    public ShardException(String location, String problem) {
        super(location, problem);
    }
}
