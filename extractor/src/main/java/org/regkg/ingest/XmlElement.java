package org.regkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One record's XML subtree, collected by {@link XmlRecordReader}: elements by local name (namespaces
 * are ignored: arXiv's OAI records come both in and out of the arXiv namespace), attributes, and
 * text.
 */
record XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children) {

    /** The first child named {@code name}, or null. */
    XmlElement child(String name) {
        for (XmlElement c : children) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** Every child named {@code name}. */
    List<XmlElement> all(String name) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(name)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The text of the first child named {@code name}, white space collapsed; null when absent or blank. */
    String text(String name) {
        XmlElement c = child(name);
        if (c == null) {
            return null;
        }
        String t = TextLib.oneLine(c.text);
        return t.isEmpty() ? null : t;
    }

    /** The first descendant named {@code name} (depth first), or null. */
    XmlElement find(String name) {
        for (XmlElement c : children) {
            if (c.name.equals(name)) {
                return c;
            }
            XmlElement f = c.find(name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    String attribute(String name) {
        return attributes.get(name);
    }
}
