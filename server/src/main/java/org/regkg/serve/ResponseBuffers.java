package org.regkg.serve;

import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Gives the server's connectors a buffer pool that keeps (reuses) response buffers of the size
 * Fuseki asks for.
 *
 * <p>Fuseki sets Jetty's response buffer to 5 MB ({@code FusekiSystemConstants.jettyOutputBufferSize}),
 * so that an error within the first 5 MB of a response can still be answered with an error
 * status. Jetty's default pool keeps buffers of at most 64 KB, so every response, even a one-line
 * {@code ASK}, allocated (and zeroed) a new 5 MB direct buffer. Freed only when the garbage
 * collector ran, those buffers filled the JVM's direct memory within about a second of 4 clients'
 * requests, and every time they did, the JDK ran a full collection ({@code System.gc()} from
 * {@code java.nio.Bits.reserveMemory}), which stalled all requests for 35-140 ms. The pool
 * installed here has buckets up to the response buffer's size, so a handful of buffers serve all
 * requests, and Fuseki's 5 MB buffering is kept as it is.
 */
final class ResponseBuffers {
    /** At most this many buffers of one size are kept. */
    static final int MAX_PER_SIZE = 16;
    /** At most this many bytes of direct buffers, and as many of heap buffers, are kept. */
    static final long MAX_KEPT_BYTES = 128L << 20;

    private ResponseBuffers() {
    }

    /**
     * Replaces each of {@code jetty}'s (not yet started) connectors by one with the same host, port,
     * timeouts and connection factories whose pool keeps buffers up to the largest response
     * buffer the connectors use.
     */
    static void install(Server jetty) {
        ByteBufferPool pool = pool(largestOutputBuffer(jetty));
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector old) {
                ServerConnector sc = new ServerConnector(jetty, old.getExecutor(), old.getScheduler(), pool,
                        old.getAcceptors(), old.getSelectorManager().getSelectorCount(),
                        old.getConnectionFactories().toArray(ConnectionFactory[]::new));
                sc.setHost(old.getHost());
                sc.setPort(old.getPort());
                sc.setIdleTimeout(old.getIdleTimeout());
                sc.setShutdownIdleTimeout(old.getShutdownIdleTimeout());
                sc.setReuseAddress(old.getReuseAddress());
                sc.setAcceptQueueSize(old.getAcceptQueueSize());
                sc.setName(old.getName());
                jetty.removeConnector(old);
                jetty.addConnector(sc);
            }
        }
    }

    /** A pool with power-of-two buckets up to {@code bufferSize} rounded up to a power of two. */
    static ByteBufferPool pool(int bufferSize) {
        int max = Math.max(64 << 10, Integer.highestOneBit(Math.max(1, bufferSize - 1)) << 1);
        return new ArrayByteBufferPool.Quadratic(0, max, MAX_PER_SIZE, MAX_KEPT_BYTES, MAX_KEPT_BYTES);
    }

    private static int largestOutputBuffer(Server jetty) {
        int size = 0;
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                size = Math.max(size, http.getHttpConfiguration().getOutputBufferSize());
            }
        }
        return size;
    }
}
