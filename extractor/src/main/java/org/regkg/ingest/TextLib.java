package org.regkg.ingest;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Text clean-up shared by the source readers. */
final class TextLib {
    private TextLib() {
    }

    /** Runs of white space (hard line breaks of arXiv titles and abstracts) as one space, stripped. */
    static String oneLine(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }

    /**
     * The text of a JATS or HTML fragment (Crossref abstracts: {@code <jats:p>...</jats:p>}): tags
     * dropped, entities resolved, a leading section title such as "Abstract" dropped, blocks
     * separated by a space. Malformed markup falls back to dropping anything that looks like a tag.
     */
    static String markupToText(String fragment) {
        if (fragment == null) {
            return null;
        }
        if (fragment.indexOf('<') < 0 && fragment.indexOf('&') < 0) {
            return oneLine(fragment);
        }
        try {
            return oneLine(parsedText(fragment));
        } catch (XMLStreamException e) {
            return oneLine(fragment.replaceAll("<[^>]{0,200}>", " ")
                    .replaceAll("&(?:nbsp|#160|#xA0);", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"));
        }
    }

    private static String parsedText(String fragment) throws XMLStreamException {
        XMLInputFactory f = XmlLib.factory(false);
        XMLStreamReader r = f.createXMLStreamReader(new StringReader("<r>" + fragment + "</r>"));
        StringBuilder out = new StringBuilder();
        boolean sawText = false;
        int skipDepth = 0;
        int depth = 0;
        try {
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = localName(r.getLocalName());
                    if (skipDepth == 0 && !sawText && name.equals("title")) {
                        skipDepth = depth;
                    }
                    if (isBlock(name)) {
                        out.append(' ');
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    if (depth == skipDepth) {
                        skipDepth = 0;
                    }
                    depth--;
                    if (isBlock(localName(r.getLocalName()))) {
                        out.append(' ');
                    }
                } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                    if (skipDepth == 0) {
                        out.append(r.getText());
                        sawText |= !r.isWhiteSpace();
                    }
                }
            }
        } finally {
            r.close();
        }
        return out.toString();
    }

    private static String localName(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }

    private static boolean isBlock(String name) {
        return name.equals("p") || name.equals("sec") || name.equals("title") || name.equals("list-item") || name.equals("br");
    }
}
