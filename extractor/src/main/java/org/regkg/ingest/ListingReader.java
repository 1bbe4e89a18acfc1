package org.regkg.ingest;

import java.io.InputStream;
import java.util.NoSuchElementException;

/**
 * The bundled listing format: two header lines, then each paper as a title line followed by an
 * abstract line. The first title carries a {@code Subscribe} prefix (a page artefact) that is
 * stripped. Blank lines between papers are tolerated.
 */
final class ListingReader implements PaperSource {
    static final String SUBSCRIBE = "Subscribe";
    private static final int HEADER_LINES = 2;

    private final Utf8LineReader lines;
    private final String file;
    private int position;
    private Paper next;
    private boolean headerSkipped;
    private boolean done;

    ListingReader(InputStream in, String file) {
        this.lines = new Utf8LineReader(in, file);
        this.file = file;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = readPaper();
        }
        return next != null;
    }

    @Override
    public Paper next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Paper p = next;
        next = null;
        return p;
    }

    private Paper readPaper() {
        if (!headerSkipped) {
            headerSkipped = true;
            for (int i = 0; i < HEADER_LINES; i++) {
                if (lines.readLine() == null) {
                    throw endOfInput("expected " + HEADER_LINES + " header lines, the file ends first");
                }
            }
        }
        String title;
        try {
            title = nextNonBlank();
        } catch (InputException e) {
            lines.readLine(); // skip the bad title's abstract too, so the next record starts on a title
            throw e;
        }
        if (title == null) {
            done = true;
            return null;
        }
        int titleLine = lines.lineNumber();
        position++;
        if (position == 1 && title.startsWith(SUBSCRIBE) && title.length() > SUBSCRIBE.length()) {
            title = title.substring(SUBSCRIBE.length());
        }
        title = title.strip();
        String abstractText = lines.readLine();
        String location = file + ":" + titleLine;
        if (abstractText == null) {
            done = true;
            throw new InputException(location, "title \"" + abbreviate(title) + "\" has no abstract line after it");
        }
        PaperChecks.check(file + ":" + lines.lineNumber(), title, abstractText);
        return Paper.of(PaperIds.mint(title), position, location, title, abstractText.strip());
    }

    private String nextNonBlank() {
        String line = lines.readLine();
        while (line != null && line.isBlank()) {
            line = lines.readLine();
        }
        return line;
    }

    private InputException endOfInput(String problem) {
        done = true;
        return new InputException(file + ":" + (lines.lineNumber() + 1), problem);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    @Override
    public void close() {
        lines.close();
    }
}
