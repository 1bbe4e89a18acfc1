package org.regkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Caps how many SPARQL requests run at once. A request over the cap waits for a free slot for
 * at most the query timeout, then gets 503 with Retry-After: a flood of expensive queries queues
 * instead of taking every thread and core, and the server's other pages and {@code /$/ping} keep
 * answering.
 */
final class QueryAdmissionFilter implements Filter {
    private final Semaphore slots;
    private final long waitMillis;

    QueryAdmissionFilter(int maxConcurrent, long waitMillis) {
        this.slots = new Semaphore(maxConcurrent, true);
        this.waitMillis = waitMillis;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean admitted;
        try {
            admitted = slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setHeader("Retry-After", "5");
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Too many queries are running; try again shortly.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }
}
