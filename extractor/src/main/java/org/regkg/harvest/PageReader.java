package org.regkg.harvest;

import java.util.ArrayList;
import java.util.List;
import org.regkg.ingest.InputException;
import org.regkg.ingest.InputFormat;
import org.regkg.ingest.Paper;
import org.regkg.ingest.PaperSource;
import org.regkg.ingest.PaperSources;

/** Reads the records of one fetched page with the ingest readers, keeping the bad ones apart. */
final class PageReader {
    private final PaperSources sources = new PaperSources();

    PagedApi.Page read(byte[] body, String name, InputFormat format, String next) {
        List<Paper> papers = new ArrayList<>();
        List<InputException> problems = new ArrayList<>();
        int entries = 0;
        try (PaperSource s = sources.open(body, name, format)) {
            while (true) {
                try {
                    if (!s.hasNext()) {
                        break;
                    }
                    entries++;
                    papers.add(s.next());
                } catch (InputException e) {
                    problems.add(e);
                }
            }
        }
        return new PagedApi.Page(entries, papers, problems, next);
    }
}
