package org.regkg.serve;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.regkg.serve.PageParts.Link;
import org.regkg.serve.PageParts.Value;

/**
 * Turns RDF nodes into links and values for pages: IRIs this server serves become local links,
 * other http(s) IRIs external links, anything else (and every literal) plain text.
 */
public final class LinkMaker {
    private static final int LONG_TEXT = 200;

    private final IriMap iris;
    private final Labels labels;

    public LinkMaker(IriMap iris, Labels labels) {
        this.iris = iris;
        this.labels = labels;
    }

    public Labels labels() {
        return labels;
    }

    public IriMap iris() {
        return iris;
    }

    public Link link(Node n) {
        if (!n.isURI()) {
            return new Link(null, labels.label(n), null, false);
        }
        String iri = n.getURI();
        Optional<String> local = iris.localPath(iri);
        if (local.isPresent()) {
            return new Link(local.get(), labels.label(n), iri, true);
        }
        return new Link(safeExternal(iri), labels.label(n), iri, false);
    }

    /** A link with the given text instead of the node's label. */
    public Link link(Node n, String text) {
        Link l = link(n);
        return new Link(l.href(), text, l.iri(), l.local());
    }

    public Value value(Node n) {
        if (n.isLiteral()) {
            String text = n.getLiteralLexicalForm();
            if (XSDDatatype.XSDanyURI.getURI().equals(n.getLiteralDatatypeURI()) && safeExternal(text) != null) {
                return new Value(new Link(text, text, text, false), text, null, false);
            }
            return new Value(null, text, note(n), text.length() > LONG_TEXT);
        }
        return new Value(link(n), null, null, false);
    }

    private static String note(Node literal) {
        String lang = literal.getLiteralLanguage();
        if (!lang.isEmpty()) {
            return "@" + lang;
        }
        String dt = literal.getLiteralDatatypeURI();
        if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI())) {
            return null;
        }
        return Labels.localName(dt);
    }

    /** The IRI when it is safe to put in an href (http or https), else null. */
    static String safeExternal(String iri) {
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? iri : null;
    }
}
