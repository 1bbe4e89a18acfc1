package org.regkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Bounds request bodies: a declared length over the limit gets 413 at once, and a body without a
 * length (chunked) is cut off with an error when it passes the limit. A query or a form never
 * needs more; without the bound any client could make the server buffer without end.
 */
final class RequestLimitFilter implements Filter {
    /** The largest request body accepted, in bytes. */
    static final long MAX_BODY = 1 << 20;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (req.getContentLengthLong() > MAX_BODY) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Request bodies are limited to " + MAX_BODY + " bytes.");
            return;
        }
        chain.doFilter(new Bounded(req), response);
    }

    /** The request with its body stream counted. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private ServletInputStream in;

        Bounded(HttpServletRequest req) {
            super(req);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                in = new CountingStream(super.getInputStream());
            }
            return in;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private long count;

        CountingStream(ServletInputStream in) {
            this.in = in;
        }

        private void add(long n) throws IOException {
            count += Math.max(0, n);
            if (count > MAX_BODY) {
                throw new IOException("request body over " + MAX_BODY + " bytes");
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            add(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
