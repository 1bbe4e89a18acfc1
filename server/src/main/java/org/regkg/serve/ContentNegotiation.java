package org.regkg.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Picks a resource's representation: {@code ?format=} first, then the {@code Accept} header, with
 * HTML when the client states no preference (browsers and plain curl get the page).
 */
public final class ContentNegotiation {
    private static final AcceptList OFFERED = AcceptList.create(
            Arrays.stream(RdfFormat.values()).map(RdfFormat::mediaType).toArray(String[]::new));
    private static final AcceptList EXTRA = AcceptList.create(
            "application/xhtml+xml", "application/x-turtle", "application/json", "text/plain",
            "application/xml", "text/xml");

    private ContentNegotiation() {
    }

    /** The format for {@code req}; empty when it asks for one this server doesn't offer (406). */
    public static Optional<RdfFormat> choose(HttpServletRequest req) {
        String param = req.getParameter("format");
        if (param != null && !param.isBlank()) {
            return RdfFormat.byName(param);
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(RdfFormat.HTML);
        }
        AcceptList asked = new AcceptList(accept);
        MediaType m = AcceptList.match(asked, OFFERED);
        if (m != null) {
            return RdfFormat.byName(m.getContentTypeStr());
        }
        MediaType alias = AcceptList.match(asked, EXTRA);
        if (alias == null) {
            return Optional.empty();
        }
        return Optional.of(switch (alias.getContentTypeStr()) {
            case "application/xhtml+xml" -> RdfFormat.HTML;
            case "application/x-turtle" -> RdfFormat.TURTLE;
            case "application/json" -> RdfFormat.JSONLD;
            case "text/plain" -> RdfFormat.NTRIPLES;
            default -> RdfFormat.RDFXML;
        });
    }
}
