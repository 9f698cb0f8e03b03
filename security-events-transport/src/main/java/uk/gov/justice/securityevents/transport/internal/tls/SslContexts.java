package uk.gov.justice.securityevents.transport.internal.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;
import uk.gov.justice.securityevents.transport.SecretSource;
import uk.gov.justice.securityevents.transport.StatusReporter;
import uk.gov.justice.securityevents.transport.TlsSettings;

/**
 * Builds the {@link SSLContext} and {@link SSLParameters} for {@link TlsSettings}. Only the JDK's default
 * (verifying) trust managers decide; {@link DiagnosingTrustManager} only rewrites their refusal messages, and
 * hostname verification is switched on explicitly for raw sockets. When a trust store or key store file is
 * configured the context is a {@link ReloadingSslContext}: the files are re-read when they change.
 */
public final class SslContexts {

    /** Protocols we allow, newest first: TLS 1.3 and 1.2. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private SslContexts() {
    }

    /**
     * @param tls      settings
     * @param secrets  how to read store passwords
     * @return an initialised context; a {@link ReloadingSslContext} when a store file is configured
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    public static SSLContext create(TlsSettings tls, SecretResolver secrets) {
        List<Path> watched = new ArrayList<>();
        if (tls.trustStore() != null) {
            watched.add(tls.trustStore());
            addIfFile(watched, tls.trustStorePassword());
        }
        if (tls.keyStore() != null) {
            watched.add(tls.keyStore());
            addIfFile(watched, tls.keyStorePassword());
        }
        if (watched.isEmpty()) {
            return load(tls, secrets);
        }
        return ReloadingSslContext.create(() -> load(tls, secrets), watched);
    }

    /**
     * Reports the reloads of {@code ssl}, when it re-reads its files, to {@code status}, each line prefixed with the
     * destination's description (what the destinations do with the pipeline's status line).
     *
     * @param ssl         a context from {@link #create}, or null (plain TCP)
     * @param destination the destination's description
     * @param status      the pipeline's status line
     */
    public static void reportReloads(SSLContext ssl, String destination, StatusReporter status) {
        if (ssl instanceof ReloadingSslContext) {
            ((ReloadingSslContext) ssl).reportTo(status, destination);
        }
    }

    private static void addIfFile(List<Path> watched, SecretSource s) {
        if (s != null && s.kind() == SecretSource.Kind.FILE) {
            watched.add(Path.of(s.reference()));
        }
    }

    /** Builds one (non-reloading) context from the files as they are now. */
    static SSLContext load(TlsSettings tls, SecretResolver secrets) {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (tls.trustStore() == null) {
                tmf.init((KeyStore) null);
            } else {
                char[] pw = password(tls.trustStorePassword(), "tls.trustStorePassword", secrets);
                tmf.init(load(tls.trustStore(), tls.trustStoreType(), pw, "tls.trustStore"));
            }
            String label = tls.trustStore() == null ? "platform trust store" : "configured trust store";
            List<TrustManager> tms = new ArrayList<>();
            for (TrustManager tm : tmf.getTrustManagers()) {
                tms.add(tm instanceof X509ExtendedTrustManager
                        ? new DiagnosingTrustManager((X509ExtendedTrustManager) tm, label) : tm);
            }
            X509ExtendedKeyManager clientKeys = null;
            if (tls.keyStore() != null) {
                char[] pw = password(tls.keyStorePassword(), "tls.keyStorePassword", secrets);
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                try {
                    kmf.init(load(tls.keyStore(), tls.keyStoreType(), pw, "tls.keyStore"), pw);
                } finally {
                    if (pw != null) {
                        Arrays.fill(pw, '\0');
                    }
                }
                for (KeyManager km : kmf.getKeyManagers()) {
                    if (km instanceof X509ExtendedKeyManager) {
                        clientKeys = (X509ExtendedKeyManager) km;
                    }
                }
                if (clientKeys == null) {
                    throw new IllegalArgumentException("tls.keyStore: no X.509 key manager for " + tls.keyStore());
                }
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(new KeyManager[] {new TrackingKeyManager(clientKeys)}, tms.toArray(new TrustManager[0]), null);
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
        try {
            if (TlsSettings.PEM.equalsIgnoreCase(type)) {
                return pem(path, password, setting);
            }
            KeyStore ks = KeyStore.getInstance(type);
            try (InputStream in = Files.newInputStream(path)) {
                ks.load(in, password);
            }
            return ks;
        } catch (IOException e) {
            throw new IllegalArgumentException(setting + ": cannot read " + type + " key store " + path + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    /**
     * PEM: every {@code CERTIFICATE} block, and for a key store one unencrypted PKCS#8 {@code PRIVATE KEY} block
     * (RSA, EC or Ed25519) whose chain is the certificates in file order.
     */
    private static KeyStore pem(Path path, char[] password, String setting)
            throws IOException, GeneralSecurityException {
        String text = Files.readString(path, StandardCharsets.US_ASCII);
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        List<Certificate> certs = new ArrayList<>();
        byte[] key = null;
        Matcher m = PEM_BLOCK.matcher(text);
        while (m.find()) {
            byte[] der = Base64.getMimeDecoder().decode(m.group(2));
            if (m.group(1).equals("CERTIFICATE")) {
                Collection<? extends Certificate> c = cf.generateCertificates(new java.io.ByteArrayInputStream(der));
                certs.addAll(c);
            } else if (m.group(1).equals("PRIVATE KEY")) {
                key = der;
            } else if (m.group(1).contains("PRIVATE KEY")) {
                throw new IllegalArgumentException(setting + ": " + path + " holds a " + m.group(1)
                        + "; only unencrypted PKCS#8 (BEGIN PRIVATE KEY) is supported in PEM");
            }
        }
        if (certs.isEmpty()) {
            throw new IllegalArgumentException(setting + ": no CERTIFICATE in PEM file " + path);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        if (key == null) {
            for (int i = 0; i < certs.size(); i++) {
                ks.setCertificateEntry("cert-" + i, certs.get(i));
            }
            return ks;
        }
        ks.setKeyEntry("key", privateKey(key, setting, path), password == null ? new char[0] : password,
                certs.toArray(new Certificate[0]));
        return ks;
    }

    private static PrivateKey privateKey(byte[] pkcs8, String setting, Path path) {
        for (String alg : List.of("RSA", "EC", "Ed25519", "RSASSA-PSS")) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException | RuntimeException next) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException(setting + ": unsupported private key in " + path
                + " (RSA, EC or Ed25519 PKCS#8 expected)");
    }
}
