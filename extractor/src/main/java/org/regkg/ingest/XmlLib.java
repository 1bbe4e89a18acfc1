package org.regkg.ingest;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX set up safely: no DTDs, no external entities. */
final class XmlLib {
    private XmlLib() {
    }

    /**
     * A reader of {@code in} as strict UTF-8: invalid bytes fail the read with an exception (the
     * JDK's own decoder would also print "[Fatal Error]" lines on stderr).
     */
    static XMLStreamReader reader(InputStream in, boolean namespaceAware) throws XMLStreamException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return factory(namespaceAware).createXMLStreamReader(new InputStreamReader(in, utf8));
    }

    static XMLInputFactory factory(boolean namespaceAware) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, namespaceAware);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        // problems reach the caller as exceptions (one line each); nothing is printed to stderr
        f.setXMLReporter((message, type, info, location) -> { });
        return f;
    }
}
