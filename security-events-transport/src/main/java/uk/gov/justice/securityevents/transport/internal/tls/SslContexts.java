package uk.gov.justice.securityevents.transport.internal.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import uk.gov.justice.securityevents.transport.SecretSource;
import uk.gov.justice.securityevents.transport.TlsSettings;

/**
 * Builds the {@link SSLContext} and {@link SSLParameters} for {@link TlsSettings}. Only the JDK's default
 * (verifying) trust managers are used; hostname verification is switched on explicitly for raw sockets.
 */
public final class SslContexts {

    /** Protocols we allow, newest first: TLS 1.3 and 1.2. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private SslContexts() {
    }

    /**
     * @param tls      settings
     * @param secrets  how to read store passwords
     * @return an initialised context
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    public static SSLContext create(TlsSettings tls, SecretResolver secrets) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (tls.trustStore() == null) {
                tmf.init((KeyStore) null);
            } else {
                char[] pw = password(tls.trustStorePassword(), "tls.trustStorePassword", secrets);
                tmf.init(load(tls.trustStore(), tls.trustStoreType(), pw, "tls.trustStore"));
            }
            KeyManagerFactory kmf = null;
            if (tls.keyStore() != null) {
                char[] pw = password(tls.keyStorePassword(), "tls.keyStorePassword", secrets);
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                try {
                    kmf.init(load(tls.keyStore(), tls.keyStoreType(), pw, "tls.keyStore"), pw);
                } finally {
                    if (pw != null) {
                        Arrays.fill(pw, '\0');
                    }
                }
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("tls: cannot initialise TLS (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * @param ctx a context
     * @return parameters enabling only TLS 1.2/1.3 (those the JDK supports) and HTTPS hostname verification
     */
    public static SSLParameters parameters(SSLContext ctx) {
        SSLParameters p = ctx.getDefaultSSLParameters();
        List<String> supported = Arrays.asList(ctx.getSupportedSSLParameters().getProtocols());
        p.setProtocols(PROTOCOLS.stream().filter(supported::contains).toArray(String[]::new));
        p.setEndpointIdentificationAlgorithm("HTTPS");
        return p;
    }

    private static char[] password(SecretSource source, String setting, SecretResolver secrets) {
        return source == null ? null : secrets.resolve(source, setting).toCharArray();
    }

    private static KeyStore load(Path path, String type, char[] password, String setting)
            throws GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(path)) {
            ks.load(in, password);
        } catch (IOException e) {
            throw new IllegalArgumentException(setting + ": cannot read " + type + " key store " + path + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        return ks;
    }
}
