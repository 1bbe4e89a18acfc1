package org.regkg.ingest;

import javax.xml.stream.XMLInputFactory;

/** StAX set up safely: no DTDs, no external entities. */
final class XmlLib {
    private XmlLib() {
    }

    static XMLInputFactory factory(boolean namespaceAware) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, namespaceAware);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
