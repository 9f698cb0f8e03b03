package uk.gov.justice.securityevents.transport.internal.tls;

import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import uk.gov.justice.securityevents.transport.internal.common.SafeText;

/**
 * Turns TLS failures of a raw (syslog) socket into messages that say what is wrong. Certificate refusals already
 * carry {@link DiagnosingTrustManager}'s message (the JDK copies it into its {@code SSLHandshakeException}); this
 * adds the receiver-side refusals (client certificate required or refused, protocol version) and, for TLS 1.3, the
 * check that the receiver accepted our client certificate before anything is written.
 */
public final class TlsFailures {

    /** Start of the message when the receiver requires a client certificate and refused ours (or we had none). */
    public static final String CLIENT_CERTIFICATE_REFUSED = "the receiver requires a client certificate it trusts"
            + " (mutual TLS) and refused the connection";
    /** Message when the receiver offers only TLS older than 1.2. */
    public static final String OLD_PROTOCOL = "the receiver does not offer TLS 1.2 or 1.3 (older versions are refused)";

    private TlsFailures() {
    }

    /**
     * @param e   a failure during connect or handshake
     * @param tls the socket, or {@code null} if TLS was not reached
     * @return {@code e}, or an {@link SSLHandshakeException} (cause {@code e}) with a message naming the problem
     */
    public static IOException explain(IOException e, SSLSocket tls) {
        if (!(e instanceof SSLException)) {
            return e;
        }
        String raw = e.getMessage() == null ? "" : e.getMessage();
        String msg = raw.toLowerCase(Locale.ROOT);
        String better = null;
        if (msg.startsWith("certificate ")) {
            return e; // DiagnosingTrustManager's message
        }
        if (msg.contains("certificate_required") || msg.contains("bad_certificate") || msg.contains("unknown_ca")
                || msg.contains("certificate_unknown") || msg.contains("access_denied")) {
            better = CLIENT_CERTIFICATE_REFUSED + clientCertificateDetail(tls) + " [" + SafeText.excerpt(raw, null) + "]";
        } else if (msg.contains("protocol_version") || msg.contains("protocol version")) {
            better = OLD_PROTOCOL + " [" + SafeText.excerpt(raw, null) + "]";
        }
        if (better == null) {
            return e;
        }
        SSLHandshakeException x = new SSLHandshakeException(better);
        x.initCause(e);
        return x;
    }

    private static String clientCertificateDetail(SSLSocket tls) {
        TrackingKeyManager.Answer a = tls == null ? null : TrackingKeyManager.answer(tls);
        if (a == null) {
            return "";
        }
        switch (a) {
            case NONE_CONFIGURED:
                return ": none was sent (configure tls.keyStore)";
            case NO_MATCH:
                return ": none was sent (tls.keyStore holds no certificate issued by a CA the receiver accepts)";
            default:
                return ": ours was refused (check that the receiver trusts the CA of tls.keyStore's certificate)";
        }
    }

    /**
     * TLS 1.3: the client finishes its handshake before the server has checked the client certificate; a refusal
     * (alert or closed connection) comes afterwards. When the server asked for a client certificate, waits up to
     * {@code millis} for such a refusal so that a batch is not written (and counted as delivered) into a connection
     * the receiver is dropping. Nothing to read within that time means accepted. Returns at once for TLS 1.2 (the
     * handshake itself fails there) and when no client certificate was requested.
     *
     * @param tls    a socket whose handshake is done
     * @param millis longest wait
     * @throws IOException an explained {@link SSLHandshakeException} if the receiver refused
     */
    public static void awaitClientCertificateAccepted(SSLSocket tls, int millis) throws IOException {
        if (!"TLSv1.3".equals(tls.getSession().getProtocol()) || !TrackingKeyManager.requested(tls)) {
            return;
        }
        int before = tls.getSoTimeout();
        tls.setSoTimeout(millis);
        try {
            if (tls.getInputStream().read() < 0) {
                throw new SSLHandshakeException(CLIENT_CERTIFICATE_REFUSED + clientCertificateDetail(tls)
                        + " [closed right after the handshake]");
            }
        } catch (SocketTimeoutException accepted) {
            // nothing came back: accepted
        } catch (SSLException refused) {
            throw explain(refused, tls);
        } catch (SocketException reset) {
            throw new SSLHandshakeException(CLIENT_CERTIFICATE_REFUSED + clientCertificateDetail(tls) + " ["
                    + SafeText.describe(reset) + "]");
        } finally {
            if (!tls.isClosed()) {
                tls.setSoTimeout(before);
            }
        }
    }
}
