package uk.gov.justice.securityevents.transport.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import uk.gov.justice.securityevents.transport.SecretSource;
import uk.gov.justice.securityevents.transport.TlsSettings;

/**
 * A throw-away PKI generated in the test: a CA, a server certificate for {@code localhost} and {@code 127.0.0.1},
 * and a client certificate for mutual TLS. Exports what each peer needs: a JSSE {@link SSLContext} for the test
 * HTTPS collector, PEM files for rsyslog/GnuTLS, and PKCS12 stores plus password files for the code under test.
 */
public final class TestCertificates {

    /** Password of the PKCS12 stores written by this class. */
    public static final String STORE_PASSWORD = "test-store-password";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair caKeys;
    private final X509Certificate ca;
    private final KeyPair serverKeys;
    private final X509Certificate server;
    private final KeyPair clientKeys;
    private final X509Certificate client;

    private TestCertificates() throws GeneralSecurityException, OperatorCreationException, IOException {
        caKeys = ecKeys();
        X500Name caName = new X500Name("CN=security-events test CA");
        ca = sign(new JcaX509v3CertificateBuilder(caName, serial(), notBefore(), notAfter(), caName, caKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
        serverKeys = rsaKeys(); // GnuTLS 3.7 rejects the JDK's PKCS#8 EC keys (no embedded public key)
        server = sign(leaf(caName, "CN=localhost", serverKeys.getPublic(), KeyPurposeId.id_kp_serverAuth)
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.dNSName, "localhost"),
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1")})));
        clientKeys = ecKeys();
        client = sign(leaf(caName, "CN=security-events test client", clientKeys.getPublic(),
                KeyPurposeId.id_kp_clientAuth));
    }

    /** @return a fresh CA, server and client certificate */
    public static TestCertificates generate() {
        try {
            return new TestCertificates();
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot generate test certificates", e);
        }
    }

    private static KeyPair ecKeys() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    private static KeyPair rsaKeys() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).abs().add(BigInteger.ONE);
    }

    private static Date notBefore() {
        return Date.from(Instant.now().minus(Duration.ofHours(1)));
    }

    private static Date notAfter() {
        return Date.from(Instant.now().plus(Duration.ofDays(2)));
    }

    private X509v3CertificateBuilder leaf(X500Name issuer, String subject, PublicKey key, KeyPurposeId purpose)
            throws IOException {
        return new JcaX509v3CertificateBuilder(issuer, serial(), notBefore(), notAfter(), new X500Name(subject), key)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
    }

    private X509Certificate sign(X509v3CertificateBuilder b) throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));
    }

    /**
     * @param trustClientsOfThisCa whether the context should verify client certificates issued by the test CA
     * @return a server-side context presenting the {@code localhost} certificate
     */
    public SSLContext serverContext(boolean trustClientsOfThisCa) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("server", serverKeys.getPrivate(), STORE_PASSWORD.toCharArray(),
                    new Certificate[] {server, ca});
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, STORE_PASSWORD.toCharArray());
            TrustManagerFactory tmf = null;
            if (trustClientsOfThisCa) {
                KeyStore ts = KeyStore.getInstance("PKCS12");
                ts.load(null, null);
                ts.setCertificateEntry("ca", ca);
                tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(ts);
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a PKCS12 trust store holding the test CA and a file with its password.
     *
     * @param dir where to write
     * @return TLS settings trusting only the test CA (password read from the file)
     */
    public TlsSettings clientTrust(Path dir) {
        try {
            KeyStore ts = KeyStore.getInstance("PKCS12");
            ts.load(null, null);
            ts.setCertificateEntry("ca", ca);
            Path store = dir.resolve("truststore.p12");
            try (OutputStream out = Files.newOutputStream(store)) {
                ts.store(out, STORE_PASSWORD.toCharArray());
            }
            return TlsSettings.builder()
                    .trustStore(store, "PKCS12", SecretSource.fromFile(writePassword(dir, "truststore.password")))
                    .build();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param dir where to write
     * @return TLS settings trusting the test CA and presenting the test client certificate (mutual TLS)
     */
    public TlsSettings clientTrustAndCertificate(Path dir) {
        try {
            TlsSettings trust = clientTrust(dir);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("client", clientKeys.getPrivate(), STORE_PASSWORD.toCharArray(),
                    new Certificate[] {client, ca});
            Path store = dir.resolve("keystore.p12");
            try (OutputStream out = Files.newOutputStream(store)) {
                ks.store(out, STORE_PASSWORD.toCharArray());
            }
            return TlsSettings.builder()
                    .trustStore(trust.trustStore(), trust.trustStoreType(), trust.trustStorePassword())
                    .keyStore(store, "PKCS12", SecretSource.fromFile(writePassword(dir, "keystore.password")))
                    .build();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePassword(Path dir, String name) throws IOException {
        return Files.writeString(dir.resolve(name), STORE_PASSWORD + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Writes {@code ca.pem}, {@code server-cert.pem} and {@code server-key.pem} (PKCS#8) for GnuTLS.
     *
     * @param dir where to write
     */
    public void writeServerPem(Path dir) {
        try {
            Files.writeString(dir.resolve("ca.pem"), pem("CERTIFICATE", ca.getEncoded()));
            Files.writeString(dir.resolve("server-cert.pem"), pem("CERTIFICATE", server.getEncoded()));
            Files.writeString(dir.resolve("server-key.pem"), pem("PRIVATE KEY", serverPrivateKey().getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private PrivateKey serverPrivateKey() {
        return serverKeys.getPrivate();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
