package uk.gov.justice.securityevents.transport.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
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
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import uk.gov.justice.securityevents.transport.SecretSource;
import uk.gov.justice.securityevents.transport.TlsSettings;

/**
 * A throw-away PKI for TLS refusal tests: any number of CAs, and leaf certificates with chosen names and validity
 * (expired, not yet valid, wrong host, self-signed, client). Leaves use RSA keys (GnuTLS reads their PKCS#8 form).
 * Writes PKCS12 and PEM files for the code under test and for rsyslog, and builds server {@link SSLContext}s for
 * {@link TestCollector}.
 */
public final class TestPki {

    /** Password of every PKCS12 store and password file written here. */
    public static final String PASSWORD = TestCertificates.STORE_PASSWORD;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final KeyPair keys;
    private final X509Certificate cert;

    private TestPki(String name, KeyPair keys, X509Certificate cert) {
        this.name = name;
        this.keys = keys;
        this.cert = cert;
    }

    /** A certificate and its key, issued by a CA or self-signed. */
    public record Leaf(KeyPair keys, X509Certificate cert, List<X509Certificate> chain) {

        /**
         * @param trustClientsOf CA whose client certificates the server requires, or {@code null} for no mTLS
         * @return a server context presenting this certificate
         */
        public SSLContext serverContext(TestPki trustClientsOf) {
            try {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                ks.setKeyEntry("server", keys.getPrivate(), PASSWORD.toCharArray(), chain.toArray(new Certificate[0]));
                KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(ks, PASSWORD.toCharArray());
                TrustManagerFactory tmf = null;
                if (trustClientsOf != null) {
                    tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                    tmf.init(trustClientsOf.trustStore());
                }
                SSLContext ctx = SSLContext.getInstance("TLS");
                ctx.init(kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
                return ctx;
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * Writes a PKCS12 key store atomically (write aside, then move), as a rotation job would.
         *
         * @param file where
         * @return the file
         */
        public Path writePkcs12(Path file) {
            try {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                ks.load(null, null);
                ks.setKeyEntry("client", keys.getPrivate(), PASSWORD.toCharArray(), chain.toArray(new Certificate[0]));
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    ks.store(out, PASSWORD.toCharArray());
                }
                return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * @param certFile where the certificate chain goes (PEM)
         * @param keyFile  where the PKCS#8 key goes (PEM); may equal {@code certFile} for one combined file
         */
        public void writePem(Path certFile, Path keyFile) {
            try {
                StringBuilder certs = new StringBuilder();
                for (X509Certificate c : chain) {
                    certs.append(pem("CERTIFICATE", c.getEncoded()));
                }
                String key = pem("PRIVATE KEY", keys.getPrivate().getEncoded());
                if (certFile.equals(keyFile)) {
                    Files.writeString(certFile, certs + key);
                } else {
                    Files.writeString(certFile, certs);
                    Files.writeString(keyFile, key);
                }
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * @param dir       where to write {@code <name>.p12} and its password file
         * @param name      base file name
         * @param trustFrom CA for the trust store
         * @return settings trusting {@code trustFrom} and presenting this certificate
         */
        public TlsSettings clientSettings(Path dir, String name, TestPki trustFrom) {
            TlsSettings trust = trustFrom.clientTrust(dir);
            return TlsSettings.builder()
                    .trustStore(trust.trustStore(), trust.trustStoreType(), trust.trustStorePassword())
                    .keyStore(writePkcs12(dir.resolve(name + ".p12")), "PKCS12",
                            SecretSource.fromFile(passwordFile(dir)))
                    .build();
        }
    }

    /**
     * @param name CA common name
     * @return a new CA (EC P-256)
     */
    public static TestPki ca(String name) {
        try {
            KeyPair k = keys("EC", 256);
            X500Name n = new X500Name("CN=" + name);
            X509Certificate c = sign(new JcaX509v3CertificateBuilder(n, serial(), date(Duration.ofHours(-1)),
                    date(Duration.ofDays(2)), n, k.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)),
                    k, "SHA256withECDSA");
            return new TestPki(name, k, c);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the CA certificate */
    public X509Certificate certificate() {
        return cert;
    }

    /**
     * @param names DNS names or IPv4 addresses
     * @return a server certificate valid now
     */
    public Leaf server(String... names) {
        return leaf("CN=" + names[0], names, Duration.ofHours(-1), Duration.ofDays(2), KeyPurposeId.id_kp_serverAuth);
    }

    /**
     * @param names DNS names or IPv4 addresses
     * @return a server certificate that expired an hour ago
     */
    public Leaf expiredServer(String... names) {
        return leaf("CN=" + names[0], names, Duration.ofDays(-30), Duration.ofHours(-1), KeyPurposeId.id_kp_serverAuth);
    }

    /**
     * @param cn client common name
     * @return a client certificate valid now
     */
    public Leaf client(String cn) {
        return leaf("CN=" + cn, new String[0], Duration.ofHours(-1), Duration.ofDays(2), KeyPurposeId.id_kp_clientAuth);
    }

    /**
     * @param names DNS names or IPv4 addresses
     * @return a self-signed server certificate (its own issuer, not a CA anyone trusts)
     */
    public static Leaf selfSigned(String... names) {
        try {
            KeyPair k = keys("RSA", 2048);
            X500Name n = new X500Name("CN=" + names[0] + " (self-signed)");
            X509Certificate c = sign(withNames(new JcaX509v3CertificateBuilder(n, serial(), date(Duration.ofHours(-1)),
                    date(Duration.ofDays(2)), n, k.getPublic()), names, KeyPurposeId.id_kp_serverAuth), k,
                    "SHA256withRSA");
            return new Leaf(k, c, List.of(c));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Leaf leaf(String subject, String[] names, Duration from, Duration to, KeyPurposeId purpose) {
        try {
            KeyPair k = keys("RSA", 2048);
            X509Certificate c = sign(withNames(new JcaX509v3CertificateBuilder(new X500Name("CN=" + name), serial(),
                    date(from), date(to), new X500Name(subject), k.getPublic()), names, purpose), keys,
                    "SHA256withECDSA");
            return new Leaf(k, c, List.of(c, cert));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509v3CertificateBuilder withNames(X509v3CertificateBuilder b, String[] names, KeyPurposeId purpose)
            throws IOException {
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
        if (names.length > 0) {
            List<GeneralName> gn = new ArrayList<>();
            for (String n : names) {
                gn.add(new GeneralName(n.matches("[0-9.]+") ? GeneralName.iPAddress : GeneralName.dNSName, n));
            }
            b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(gn.toArray(new GeneralName[0])));
        }
        return b;
    }

    /** @return an in-memory trust store holding this CA */
    public KeyStore trustStore() {
        try {
            KeyStore ts = KeyStore.getInstance("PKCS12");
            ts.load(null, null);
            ts.setCertificateEntry("ca", cert);
            return ts;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param dir where to write {@code truststore.p12} and {@code password}
     * @return settings trusting only this CA
     */
    public TlsSettings clientTrust(Path dir) {
        try {
            Path store = dir.resolve("truststore.p12");
            try (OutputStream out = Files.newOutputStream(store)) {
                trustStore().store(out, PASSWORD.toCharArray());
            }
            return TlsSettings.builder().trustStore(store, "PKCS12", SecretSource.fromFile(passwordFile(dir))).build();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param file where to write this CA's certificate as PEM
     * @return the file
     */
    public Path writeCaPem(Path file) {
        try {
            return Files.writeString(file, pem("CERTIFICATE", cert.getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path passwordFile(Path dir) {
        try {
            return Files.writeString(dir.resolve("password"), PASSWORD + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keys(String alg, int size) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance(alg);
        g.initialize(size);
        return g.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair signer, String alg)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder(alg).build(signer.getPrivate())));
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).abs().add(BigInteger.ONE);
    }

    private static Date date(Duration fromNow) {
        return Date.from(Instant.now().plus(fromNow));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
