package org.regkg.ingest;

/** An arXiv API Atom {@code entry}: id URL with version, title, summary, authors, categories, arxiv:doi. */
final class ArxivAtomRecords implements XmlRecordMapper {
    @Override
    public String recordElement() {
        return "entry";
    }

    @Override
    public Paper toPaper(XmlElement e, int position, String location) {
        String idUrl = e.text("id");
        String arxivId = IdentifierLib.arxivId(idUrl);
        if (arxivId == null) {
            throw new InputException(location, idUrl == null ? "entry has no <id>" : "entry id is not an arXiv id: " + idUrl);
        }
        PaperBuilder b = new PaperBuilder(InputFormat.ARXIV_ATOM)
                .id("arXiv:" + arxivId).arxivId(arxivId)
                .title(e.text("title")).abstractText(e.text("summary"))
                .url("https://arxiv.org/abs/" + arxivId)
                .date(e.text("published")).doi(e.text("doi")).venue(e.text("journal_ref"));
        if (!b.hasDate()) {
            b.date(e.text("updated"));
        }
        for (XmlElement a : e.all("author")) {
            b.author(a.text("name"), null);
        }
        XmlElement primary = e.child("primary_category");
        if (primary != null) {
            b.category(primary.attribute("term"));
        }
        for (XmlElement c : e.all("category")) {
            b.category(c.attribute("term"));
        }
        return b.build(position, location);
    }
}
