package org.regkg.harvest;

import java.net.URI;
import java.util.List;
import org.regkg.ingest.InputException;
import org.regkg.ingest.Paper;

/** One API's paging: the address of a page, and what a page holds. */
interface PagedApi {
    /** The page after {@code next} (null: the first page), asking for {@code size} records. */
    URI page(String next, int size);

    /** Reads a page fetched from {@code page(next, size)}. */
    Page parse(byte[] body, String next, int size, int pageNumber) throws HarvestException;

    /**
     * What one page held.
     *
     * @param entries  records on the page, usable or not
     * @param papers   the usable ones
     * @param problems the others, each with its one-line reason
     * @param next     the next page's position; null when the API says there is none
     */
    record Page(int entries, List<Paper> papers, List<InputException> problems, String next) {
    }
}
