package org.regkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** {@code /.well-known/void}: the VoID description of the dataset (RFC 8615 well-known path). */
final class VoidServlet extends HttpServlet {
    private final transient SelfDescription self;

    VoidServlet(SelfDescription self) {
        this.self = self;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<RdfFormat> f = ContentNegotiation.choose(req);
        if (f.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE);
            return;
        }
        // Browsers get Turtle too: the description is meant for machines and reads well as text.
        RdfFormat format = f.get().isHtml() ? RdfFormat.TURTLE : f.get();
        RdfResponse.write(resp, self.voidModel(self.origin()).getGraph(), format);
    }
}
