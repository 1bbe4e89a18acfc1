package org.regkg.ingest;

/** Turns one XML record (an Atom {@code entry}, an OAI-PMH {@code record}) into a paper. */
interface XmlRecordMapper {
    /** The local name of the record element. */
    String recordElement();

    /** The paper the record holds; throws {@link InputException} naming {@code location} when it cannot. */
    Paper toPaper(XmlElement record, int position, String location);
}
