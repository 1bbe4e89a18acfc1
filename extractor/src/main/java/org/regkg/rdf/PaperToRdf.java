package org.regkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.regkg.ingest.Author;
import org.regkg.ingest.IdentifierLib;
import org.regkg.ingest.Paper;
import org.regkg.ingest.PaperMetadata;

/**
 * A paper's bibliographic description as quads of the facts graph: title, abstract, identifiers,
 * authors as {@code schema:Person} (with their ORCID iD as {@code schema:sameAs}), year and date,
 * venue, subjects, and {@code schema:sameAs} links out to the paper's arXiv abstract page (no
 * version suffix), its DOI resolver IRI and its OpenAlex work.
 */
public final class PaperToRdf {
    public static final String ARXIV_ABS = "https://arxiv.org/abs/";
    public static final String DOI_ORG = "https://doi.org/";
    public static final String OPENALEX = "https://openalex.org/";
    public static final String ORCID = "https://orcid.org/";

    private final IriMinter iris;
    private final StreamRDF out;
    private final Node graph;

    public PaperToRdf(IriMinter iris, StreamRDF out) {
        this.iris = iris;
        this.out = out;
        this.graph = NodeFactory.createURI(iris.factsGraph());
    }

    public void write(Paper p, Node paper) {
        add(paper, RDF.type.asNode(), uri(RK.Paper.getURI()));
        add(paper, RDF.type.asNode(), uri(SDO.ScholarlyArticle.getURI()));
        add(paper, DCTerms.identifier.asNode(), text(p.id()));
        add(paper, DCTerms.title.asNode(), text(p.title()));
        add(paper, RDFS.label.asNode(), text(p.title()));
        add(paper, DCTerms.abstract_.asNode(), text(p.abstractText()));
        add(paper, uri(RK.inputPosition.getURI()), typed(Integer.toString(p.position()), XSDDatatype.XSDinteger));
        int i = 0;
        for (Author a : p.people()) {
            i++;
            Node author = uri(iris.author(p.id(), i));
            add(paper, uri(SDO.author.getURI()), author);
            add(author, RDF.type.asNode(), uri(SDO.Person.getURI()));
            add(author, uri(SDO.name.getURI()), text(a.name()));
            add(author, FOAF.name.asNode(), text(a.name()));
            add(author, uri(SDO.position.getURI()), typed(Integer.toString(i), XSDDatatype.XSDinteger));
            if (a.orcid() != null) {
                add(author, uri(SDO.sameAs.getURI()), uri(ORCID + a.orcid()));
            }
        }
        PaperMetadata m = p.metadata();
        if (p.year() != null) {
            add(paper, DCTerms.issued.asNode(), typed(String.format(java.util.Locale.ROOT, "%04d", p.year()), XSDDatatype.XSDgYear));
        }
        if (m.date() != null && m.date().length() == 10) {
            add(paper, DCTerms.date.asNode(), typed(m.date(), XSDDatatype.XSDdate));
        }
        if (p.url() != null) {
            add(paper, uri(SDO.url.getURI()), typed(p.url(), XSDDatatype.XSDanyURI));
        }
        if (p.doi() != null) {
            add(paper, uri(RK.doi.getURI()), text(p.doi()));
        }
        if (p.arxivId() != null) {
            add(paper, uri(RK.arxivId.getURI()), text(p.arxivId()));
        }
        if (m.venue() != null) {
            add(paper, uri(RK.venue.getURI()), text(m.venue()));
        }
        for (String c : m.categories()) {
            add(paper, DCTerms.subject.asNode(), text(c));
        }
        sameAs(paper, p, m);
    }

    private void sameAs(Node paper, Paper p, PaperMetadata m) {
        String arxiv = IdentifierLib.arxivId(p.arxivId());
        if (arxiv == null && p.id().regionMatches(true, 0, "arXiv:", 0, 6)) {
            arxiv = IdentifierLib.arxivId(p.id());
        }
        if (arxiv != null) {
            add(paper, uri(SDO.sameAs.getURI()), uri(ARXIV_ABS + arxiv));
        }
        String doi = IdentifierLib.doi(p.doi());
        if (doi != null && IriLib.isSafePath(doi)) {
            add(paper, uri(SDO.sameAs.getURI()), uri(DOI_ORG + doi));
        }
        if (m.openalexId() != null) {
            add(paper, uri(SDO.sameAs.getURI()), uri(OPENALEX + m.openalexId()));
        }
    }

    private void add(Node s, Node p, Node o) {
        out.quad(new Quad(graph, s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
