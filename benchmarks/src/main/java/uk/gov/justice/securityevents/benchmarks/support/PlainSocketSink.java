package uk.gov.justice.securityevents.benchmarks.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * The ceiling for {@code DeliveryBenchmark}: a plain loopback TCP server with one reader thread that reads into a
 * reused buffer and counts the bytes, so the sender can wait until everything it wrote has been read.
 */
public final class PlainSocketSink implements AutoCloseable {
    private final ServerSocket server;
    private final SSLContext tls;
    private final Thread reader;
    private final AtomicLong received = new AtomicLong();

    public PlainSocketSink() throws IOException {
        this(null);
    }

    /**
     * A sink that speaks TLS with {@code tls} (the TLS-socket ceiling: the same bytes through one {@code SSLSocket}),
     * or plain TCP when null.
     */
    public PlainSocketSink(SSLContext tls) throws IOException {
        this.tls = tls;
        server = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        reader = new Thread(this::run, "plain-socket-sink");
        reader.setDaemon(true);
        reader.start();
    }

    private void run() {
        byte[] buffer = new byte[64 * 1024];
        while (!server.isClosed()) {
            try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    received.addAndGet(n);
                }
            } catch (IOException e) {
                // closed: loop ends when the server socket is closed
            }
        }
    }

    /** Connects a client to this sink. */
    public Socket connect() throws IOException {
        return connect(null);
    }

    /** Connects a client to this sink, over TLS with {@code clientTls} when the sink speaks TLS. */
    public Socket connect(SSLContext clientTls) throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(server.getLocalSocketAddress());
        if (tls == null) {
            return s;
        }
        SSLSocket ssl = (SSLSocket) clientTls.getSocketFactory().createSocket(s,
                InetAddress.getLoopbackAddress().getHostAddress(), s.getPort(), true);
        ssl.startHandshake();
        return ssl;
    }

    /** Bytes read so far. */
    public long received() {
        return received.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
