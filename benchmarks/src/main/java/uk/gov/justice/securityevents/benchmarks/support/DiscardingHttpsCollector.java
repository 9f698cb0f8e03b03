package uk.gov.justice.securityevents.benchmarks.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * A loopback HTTP/1.1 collector that reads each request body into a reused buffer, counts its bytes, throws it away and
 * answers {@code 200}: one blocking thread per keep-alive connection, TCP_NODELAY, 64 KiB buffers. It neither
 * decompresses, parses nor keeps anything, so it costs the client as little as a peer can.
 *
 * <p>Why not the JDK's {@code com.sun.net.httpserver}: measured here, it caps the client at about 9,000 events/s
 * (plain HTTP as well as HTTPS) because it leaves Nagle's algorithm on and the response's separate header and body
 * writes meet the client's delayed ACK (about 40 ms per request); with {@code -Dsun.net.httpserver.nodelay=true} it
 * reached about 43,000 events/s over plain HTTP but only about 15,000 over HTTPS, its {@code SSLStreams} being the
 * limit. Neither is what a real collector would impose, so the benchmark would have measured the test server.
 */
public final class DiscardingHttpsCollector implements AutoCloseable {
    private static final byte[] OK = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n"
            + "{\"ok\":true}").getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final boolean tls;
    private final ExecutorService executor;
    private final LongAdder wireBytes = new LongAdder();
    private final LongAdder requests = new LongAdder();

    /** @param context the server's TLS context, or null for plain HTTP (to isolate the cost of TLS) */
    public DiscardingHttpsCollector(SSLContext context) throws IOException {
        this.tls = context != null;
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "discarding-collector-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        if (tls) {
            SSLServerSocket s = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
            s.setNeedClientAuth(false);
            server = s;
        } else {
            server = new ServerSocket();
        }
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        executor.execute(this::acceptLoop);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                executor.execute(() -> serve(s));
            } catch (IOException e) {
                // closed
            }
        }
    }

    private void serve(Socket socket) {
        byte[] body = new byte[64 * 1024];
        try (socket; InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
             OutputStream out = socket.getOutputStream()) {
            StringBuilder line = new StringBuilder(256);
            while (true) {
                long length = -1;
                boolean any = false;
                // request line and headers
                while (true) {
                    if (!readLine(in, line)) {
                        return; // connection closed between requests
                    }
                    if (line.length() == 0) {
                        if (any) {
                            break;
                        }
                        continue;
                    }
                    any = true;
                    String h = line.toString();
                    int colon = h.indexOf(':');
                    if (colon > 0 && h.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                        length = Long.parseLong(h.substring(colon + 1).trim());
                    }
                }
                if (length < 0) {
                    throw new IOException("request without Content-Length");
                }
                long remaining = length;
                while (remaining > 0) {
                    int r = in.read(body, 0, (int) Math.min(body.length, remaining));
                    if (r < 0) {
                        return;
                    }
                    remaining -= r;
                }
                wireBytes.add(length);
                requests.increment();
                out.write(OK);
                out.flush();
            }
        } catch (SocketException e) {
            // peer closed
        } catch (IOException e) {
            System.err.println("[collector] " + e);
        }
    }

    private static boolean readLine(InputStream in, StringBuilder line) throws IOException {
        line.setLength(0);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int len = line.length();
                if (len > 0 && line.charAt(len - 1) == '\r') {
                    line.setLength(len - 1);
                }
                return true;
            }
            line.append((char) c);
        }
        return false;
    }

    public URI uri() {
        return URI.create((tls ? "https" : "http") + "://127.0.0.1:" + server.getLocalPort() + "/logs/v1/event");
    }

    /** Body bytes received so far, as sent on the wire (compressed when the client gzips). */
    public long wireBytes() {
        return wireBytes.sum();
    }

    public long requests() {
        return requests.sum();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // ignore
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
