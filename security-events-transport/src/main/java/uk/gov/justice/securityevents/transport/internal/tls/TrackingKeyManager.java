package uk.gov.justice.securityevents.transport.internal.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Client key manager (the configured one, or none) that remembers which sockets the server asked for a client
 * certificate. In TLS 1.3 the client finishes its handshake before the server has checked the client certificate,
 * so a refusal arrives only afterwards; the syslog connection uses this to wait for it before writing.
 */
final class TrackingKeyManager extends X509ExtendedKeyManager {

    /** What happened when a server asked for a client certificate. */
    enum Answer {
        /** No key store is configured. */
        NONE_CONFIGURED,
        /** The key store has no certificate of a type and issuer the server accepts. */
        NO_MATCH,
        /** A certificate was sent. */
        SENT
    }

    /** Sockets whose server asked for a client certificate, and our answer. */
    private static final Map<Socket, Answer> REQUESTED = Collections.synchronizedMap(new WeakHashMap<>());

    private final X509ExtendedKeyManager delegate;

    /** @param delegate the key manager of the configured key store, or {@code null} for no client certificate */
    TrackingKeyManager(X509ExtendedKeyManager delegate) {
        this.delegate = delegate;
    }

    /** @return whether the server asked {@code socket} for a client certificate */
    static boolean requested(Socket socket) {
        return REQUESTED.containsKey(socket);
    }

    /** @return our answer when the server of {@code socket} asked for a client certificate, or {@code null} */
    static Answer answer(Socket socket) {
        return REQUESTED.get(socket);
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        String alias = delegate == null ? null : delegate.chooseClientAlias(keyType, issuers, socket);
        if (socket != null) {
            REQUESTED.put(socket, delegate == null ? Answer.NONE_CONFIGURED : alias == null ? Answer.NO_MATCH : Answer.SENT);
        }
        return alias;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
        return delegate == null ? null : delegate.chooseEngineClientAlias(keyType, issuers, engine);
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return delegate == null ? null : delegate.getClientAliases(keyType, issuers);
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return delegate == null ? null : delegate.getCertificateChain(alias);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return delegate == null ? null : delegate.getPrivateKey(alias);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return null;
    }
}
