package org.regkg.serve;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The representations a linked-data resource has: an HTML page and four RDF syntaxes. */
public enum RdfFormat {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY);

    private final String mediaType;
    private final String suffix;
    private final RDFFormat rdfFormat;

    RdfFormat(String mediaType, String suffix, RDFFormat rdfFormat) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.rdfFormat = rdfFormat;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file suffix, also accepted as {@code ?format=}. */
    public String suffix() {
        return suffix;
    }

    /** The Jena writer format; null for HTML. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    public boolean isHtml() {
        return this == HTML;
    }

    /** The format a {@code ?format=} value or path suffix names: a suffix, a name or a media type. */
    public static Optional<RdfFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        return Arrays.stream(values())
                .filter(f -> f.suffix.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n) || f.mediaType.equals(n)
                        || (f == TURTLE && n.equals("turtle")) || (f == RDFXML && n.equals("xml"))
                        || (f == JSONLD && n.equals("json")))
                .findFirst();
    }
}
