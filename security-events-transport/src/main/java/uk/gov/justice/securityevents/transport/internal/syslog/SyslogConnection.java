package uk.gov.justice.securityevents.transport.internal.syslog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import uk.gov.justice.securityevents.transport.internal.tls.SslContexts;
import uk.gov.justice.securityevents.transport.internal.tls.TlsFailures;

/**
 * One TCP (usually TLS) connection to a syslog receiver, used by one writer thread, abortable from another.
 *
 * <p>Each connect creates a new {@link InetSocketAddress}, so the host name is resolved again (subject only to the
 * JVM's {@code networkaddress.cache.ttl}); the address is never kept. Before writing on an existing connection a
 * 1 ms read probes whether the receiver closed it (e.g. it restarted), so a batch is not written into a dead
 * socket where TCP would accept it and lose it.
 */
final class SyslogConnection {

    private static final int PROBE_TIMEOUT_MILLIS = 1;
    /** TLS 1.3 with a client certificate requested: how long to wait for the receiver's verdict on it. */
    static final int CLIENT_CERTIFICATE_VERDICT_MILLIS = 500;

    private final String host;
    private final int port;
    private final SSLContext ssl;
    private final int connectTimeoutMillis;
    private volatile Socket raw;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    /** @param ssl TLS context, or {@code null} for plain TCP */
    SyslogConnection(String host, int port, SSLContext ssl, int connectTimeoutMillis) {
        this.host = host;
        this.port = port;
        this.ssl = ssl;
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    /** Writes and flushes, connecting first if needed. Writer thread only. */
    void write(byte[] bytes) throws IOException {
        if (socket != null && !alive()) {
            close();
        }
        if (socket == null) {
            connect();
        }
        out.write(bytes);
        out.flush();
    }

    private boolean alive() {
        try {
            socket.setSoTimeout(PROBE_TIMEOUT_MILLIS);
            return in.read() >= 0; // a syslog receiver never sends data: a byte is odd but not fatal
        } catch (SocketTimeoutException quiet) {
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        raw = s;
        try {
            s.setTcpNoDelay(true);
            s.setKeepAlive(true);
            s.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            Socket connected = s;
            if (ssl != null) {
                SSLSocket tls = (SSLSocket) ssl.getSocketFactory().createSocket(s, host, port, true);
                SSLParameters p = tls.getSSLParameters();
                List<String> supported = Arrays.asList(tls.getSupportedProtocols());
                p.setProtocols(SslContexts.PROTOCOLS.stream().filter(supported::contains).toArray(String[]::new));
                p.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(p);
                tls.setSoTimeout(connectTimeoutMillis); // bounds the handshake's reads
                try {
                    tls.startHandshake();
                    TlsFailures.awaitClientCertificateAccepted(tls,
                            Math.min(connectTimeoutMillis, CLIENT_CERTIFICATE_VERDICT_MILLIS));
                } catch (IOException e) {
                    throw TlsFailures.explain(e, tls); // names the TLS problem (docs/security.md §9)
                }
                connected = tls;
            }
            socket = connected;
            out = connected.getOutputStream();
            in = connected.getInputStream();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Closes the connection. Writer thread. */
    void close() {
        Socket s = socket;
        socket = null;
        out = null;
        in = null;
        closeQuietly(s);
        closeQuietly(raw);
        raw = null;
    }

    /**
     * From any thread: closes the TCP socket under the TLS layer, which unblocks a writer stuck in
     * {@code write} (closing the TLS socket itself could wait for that writer's lock).
     */
    void abort() {
        closeQuietly(raw);
    }

    private static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already broken
            }
        }
    }
}
