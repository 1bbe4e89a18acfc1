package org.regkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the records of an XML document with StAX: only one record's subtree is in memory at a
 * time, and a record's text is capped. A record that cannot be mapped is reported and the reader
 * goes on; malformed XML ends the file (XML cannot be resynchronised), reported with its line.
 */
final class XmlRecordReader implements PaperSource {
    /** Characters of text one record may hold (titles, abstracts, author lists, ...). */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final InputStream in;
    private final String file;
    private final XmlRecordMapper mapper;
    private XMLStreamReader xml;
    private int position;
    private boolean done;
    private Pending pending;

    private record Pending(XmlElement element, int line, InputException error) {
    }

    XmlRecordReader(InputStream in, String file, XmlRecordMapper mapper) {
        this.in = in;
        this.file = file;
        this.mapper = mapper;
        try {
            this.xml = XmlLib.reader(in, true);
        } catch (XMLStreamException e) {
            done = true;
            pending = new Pending(null, 1, new InputException(file + ":" + line(e), "malformed XML: " + message(e)));
        }
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !done) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public Paper next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Pending p = pending;
        pending = null;
        if (p.error != null) {
            throw p.error;
        }
        position++;
        String location = file + ":" + p.line + " (record " + position + ")";
        return mapper.toPaper(p.element, position, location);
    }

    private Pending advance() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(mapper.recordElement())) {
                    int line = xml.getLocation().getLineNumber();
                    int[] budget = {MAX_RECORD_CHARS};
                    XmlElement e = collect(budget);
                    if (budget[0] < 0) {
                        position++;
                        return new Pending(null, line, new InputException(file + ":" + line + " (record " + position
                                + ")", "record holds over " + MAX_RECORD_CHARS + " characters of text"));
                    }
                    return new Pending(e, line, null);
                }
            }
            done = true;
            return null;
        } catch (XMLStreamException e) {
            done = true;
            return new Pending(null, 0, new InputException(file + ":" + line(e), "malformed XML: " + message(e)));
        }
    }

    /** The subtree of the element just started; text beyond the budget is dropped and the budget goes negative. */
    private XmlElement collect(int[] budget) throws XMLStreamException {
        Deque<Builder> stack = new ArrayDeque<>();
        stack.push(new Builder(xml));
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> stack.push(new Builder(xml));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int n = xml.getTextLength();
                    budget[0] -= n;
                    if (budget[0] >= 0) {
                        stack.peek().text.append(xml.getTextCharacters(), xml.getTextStart(), n);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlElement done = stack.pop().build();
                    if (stack.isEmpty()) {
                        return done;
                    }
                    stack.peek().children.add(done);
                }
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attributes = new HashMap<>();
        final StringBuilder text = new StringBuilder();
        final List<XmlElement> children = new ArrayList<>();

        Builder(XMLStreamReader xml) {
            name = xml.getLocalName();
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            }
        }

        XmlElement build() {
            return new XmlElement(name, Map.copyOf(attributes), text.toString(), List.copyOf(children));
        }
    }

    private static int line(XMLStreamException e) {
        return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? "unreadable" : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).lines().findFirst().orElse("unreadable").strip();
    }

    @Override
    public void close() {
        try {
            if (xml != null) {
                xml.close();
            }
            in.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
