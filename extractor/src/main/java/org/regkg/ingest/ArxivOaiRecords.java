package org.regkg.ingest;

/**
 * An OAI-PMH {@code record} in the {@code arXiv} metadata format: {@code metadata/arXiv} with id,
 * created, authors (keyname, forenames), title, categories, doi, journal-ref, abstract.
 */
final class ArxivOaiRecords implements XmlRecordMapper {
    @Override
    public String recordElement() {
        return "record";
    }

    @Override
    public Paper toPaper(XmlElement record, int position, String location) {
        XmlElement header = record.child("header");
        if (header != null && "deleted".equals(header.attribute("status"))) {
            throw new MissingAbstractException(location, "deleted record " + header.text("identifier"));
        }
        XmlElement m = record.find("arXiv");
        if (m == null) {
            throw new InputException(location, "record has no <arXiv> metadata (wrong metadataPrefix?)");
        }
        String arxivId = IdentifierLib.arxivId(m.text("id"));
        if (arxivId == null) {
            throw new InputException(location, "record has no arXiv <id>");
        }
        PaperBuilder b = new PaperBuilder(InputFormat.ARXIV_OAI)
                .id("arXiv:" + arxivId).arxivId(arxivId)
                .title(m.text("title")).abstractText(m.text("abstract"))
                .url("https://arxiv.org/abs/" + arxivId)
                .date(m.text("created")).doi(m.text("doi")).venue(m.text("journal-ref"));
        if (!b.hasDate() && header != null) {
            b.date(header.text("datestamp"));
        }
        XmlElement authors = m.child("authors");
        if (authors != null) {
            for (XmlElement a : authors.all("author")) {
                String key = a.text("keyname");
                String fore = a.text("forenames");
                String suffix = a.text("suffix");
                String name = (fore == null ? "" : fore + " ") + (key == null ? "" : key) + (suffix == null ? "" : " " + suffix);
                b.author(name, a.text("orcid"));
            }
        }
        String categories = m.text("categories");
        if (categories != null) {
            for (String c : categories.split("\\s+")) {
                b.category(c);
            }
        }
        return b.build(position, location);
    }
}
