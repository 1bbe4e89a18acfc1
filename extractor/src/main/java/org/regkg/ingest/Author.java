package org.regkg.ingest;

import java.util.Objects;

/**
 * One author of a paper as the source names them.
 *
 * @param name  the name as written ("Jieci Wang")
 * @param orcid the bare ORCID iD ("0000-0002-1825-0097") when the source gives one, else null
 */
public record Author(String name, String orcid)
        implements java.io.Serializable {
    public Author {
        Objects.requireNonNull(name, "name");
    }
}
