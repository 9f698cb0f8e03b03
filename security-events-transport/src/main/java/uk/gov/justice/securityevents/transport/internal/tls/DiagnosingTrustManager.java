package uk.gov.justice.securityevents.transport.internal.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Wraps the JDK's verifying trust manager and, when it refuses a server certificate, replaces the JDK's message
 * ("PKIX path building failed: …", "No subject alternative names matching …") by one saying which check failed:
 * <ul>
 *   <li>{@code certificate for <host> expired on <time> (<subject>)} (or {@code is not valid before})</li>
 *   <li>{@code certificate for <host> is not trusted by the configured trust store (<subject>, issued by …)}</li>
 *   <li>{@code certificate does not match host <host> (it is for …)}</li>
 * </ul>
 * The verification itself is always the delegate's: this class never accepts a chain the JDK refused. The JDK puts
 * the message of the exception thrown here into its {@code SSLHandshakeException}, so it reaches the failure reason
 * and the status line. Messages hold only public certificate data (subject, issuer, names, dates), never secrets.
 */
final class DiagnosingTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager delegate;
    private final String storeLabel;

    /**
     * @param delegate   the JDK's trust manager
     * @param storeLabel {@code configured trust store} or {@code platform trust store}
     */
    DiagnosingTrustManager(X509ExtendedTrustManager delegate, String storeLabel) {
        this.delegate = delegate;
        this.storeLabel = storeLabel;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            throw diagnose(chain, authType, host(socket), e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            throw diagnose(chain, authType, engine == null ? null : engine.getPeerHost(), e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            throw diagnose(chain, authType, null, e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        delegate.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }

    private static String host(Socket socket) {
        if (socket instanceof SSLSocket) {
            SSLSession s = ((SSLSocket) socket).getHandshakeSession();
            if (s != null && s.getPeerHost() != null) {
                return s.getPeerHost();
            }
        }
        return socket == null || socket.getInetAddress() == null ? null : socket.getInetAddress().getHostAddress();
    }

    /** Works out which check failed; the original exception stays the cause. */
    CertificateException diagnose(X509Certificate[] chain, String authType, String host, CertificateException e) {
        if (chain == null || chain.length == 0) {
            return e;
        }
        String forHost = host == null ? "the server" : host;
        Instant now = Instant.now();
        for (int i = 0; i < chain.length; i++) {
            X509Certificate c = chain[i];
            String which = i == 0 ? "" : "; issuer certificate " + subject(c);
            if (c.getNotAfter().toInstant().isBefore(now)) {
                return new CertificateException("certificate for " + forHost + " expired on "
                        + c.getNotAfter().toInstant() + which + " (" + subject(chain[0]) + ")", e);
            }
            if (c.getNotBefore().toInstant().isAfter(now)) {
                return new CertificateException("certificate for " + forHost + " is not valid before "
                        + c.getNotBefore().toInstant() + which + " (" + subject(chain[0]) + ")", e);
            }
        }
        try {
            delegate.checkServerTrusted(chain, authType); // path validation only, no host name check
        } catch (CertificateException untrusted) {
            X509Certificate top = chain[chain.length - 1];
            boolean selfSigned = top.getSubjectX500Principal().equals(top.getIssuerX500Principal());
            return new CertificateException("certificate for " + forHost + " is not trusted by the " + storeLabel
                    + " (" + subject(chain[0]) + (selfSigned && chain.length == 1 ? ", self-signed"
                    : ", issued by " + top.getIssuerX500Principal().getName()) + ")", e);
        }
        return new CertificateException("certificate does not match host " + forHost + " (it is for "
                + names(chain[0]) + ")", e);
    }

    private static String subject(X509Certificate c) {
        return c.getSubjectX500Principal().getName();
    }

    private static String names(X509Certificate c) {
        List<String> out = new ArrayList<>();
        try {
            Collection<List<?>> sans = c.getSubjectAlternativeNames();
            if (sans != null) {
                for (List<?> san : sans) {
                    int type = (Integer) san.get(0);
                    if (type == 2) {
                        out.add("DNS:" + san.get(1));
                    } else if (type == 7) {
                        out.add("IP:" + san.get(1));
                    }
                }
            }
        } catch (CertificateParsingException ignored) {
            // fall back to the subject
        }
        return out.isEmpty() ? subject(c) : String.join(", ", out);
    }
}
