package uk.gov.justice.securityevents.transport;

import java.nio.file.Path;
import java.util.Objects;

/**
 * TLS for the HTTPS collector and syslog destinations. By default the platform trust store is used; a custom
 * trust store (PKCS12 or JKS) and a client key store for mutual TLS can be configured. Hostname verification is
 * always on and only TLS 1.2 and 1.3 are enabled: there is deliberately no setting to trust everything.
 *
 * <p>The store files (and password files) are watched: when their content changes they are loaded again for the
 * next connection, so certificates can be rotated without a restart (docs/security.md §9).
 */
public final class TlsSettings {

    /** Default key-store type: {@code PKCS12}. */
    public static final String DEFAULT_STORE_TYPE = "PKCS12";
    /**
     * Store type for PEM files: certificates ({@code BEGIN CERTIFICATE}) for a trust store; for a key store the
     * certificate chain plus one unencrypted PKCS#8 key ({@code BEGIN PRIVATE KEY}) in the same file.
     */
    public static final String PEM = "PEM";

    private static final TlsSettings PLATFORM = new TlsSettings(new Builder());

    private final Path trustStore;
    private final String trustStoreType;
    private final SecretSource trustStorePassword;
    private final Path keyStore;
    private final String keyStoreType;
    private final SecretSource keyStorePassword;

    private TlsSettings(Builder b) {
        this.trustStore = b.trustStore;
        this.trustStoreType = b.trustStoreType;
        this.trustStorePassword = b.trustStorePassword;
        this.keyStore = b.keyStore;
        this.keyStoreType = b.keyStoreType;
        this.keyStorePassword = b.keyStorePassword;
    }

    /** @return the JVM's default trust store, no client certificate */
    public static TlsSettings platformDefault() {
        return PLATFORM;
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return custom trust store path, or {@code null} for the platform trust store */
    public Path trustStore() {
        return trustStore;
    }

    /** @return trust store type */
    public String trustStoreType() {
        return trustStoreType;
    }

    /** @return trust store password source, or {@code null} for none */
    public SecretSource trustStorePassword() {
        return trustStorePassword;
    }

    /** @return client key store path for mutual TLS, or {@code null} */
    public Path keyStore() {
        return keyStore;
    }

    /** @return key store type */
    public String keyStoreType() {
        return keyStoreType;
    }

    /** @return key store password source (required with a key store) */
    public SecretSource keyStorePassword() {
        return keyStorePassword;
    }

    @Override
    public String toString() {
        return "TlsSettings[trustStore=" + (trustStore == null ? "platform" : trustStore + " (" + trustStoreType + ")")
                + ", keyStore=" + (keyStore == null ? "none" : keyStore + " (" + keyStoreType + ")") + "]";
    }

    /** Builder for {@link TlsSettings}. */
    public static final class Builder {
        private Path trustStore;
        private String trustStoreType = DEFAULT_STORE_TYPE;
        private SecretSource trustStorePassword;
        private Path keyStore;
        private String keyStoreType = DEFAULT_STORE_TYPE;
        private SecretSource keyStorePassword;

        private Builder() {
        }

        /**
         * @param path     trust store file holding the CA certificates to trust instead of the platform's
         * @param type     {@code PKCS12}, {@code JKS} or {@link #PEM}
         * @param password password source, or {@code null} if the store has none
         * @return this builder
         */
        public Builder trustStore(Path path, String type, SecretSource password) {
            this.trustStore = Objects.requireNonNull(path, "tls.trustStore");
            this.trustStoreType = Objects.requireNonNull(type, "tls.trustStoreType");
            this.trustStorePassword = password;
            return this;
        }

        /**
         * @param path     key store holding the client certificate and private key (mutual TLS)
         * @param type     {@code PKCS12}, {@code JKS} or {@link #PEM}
         * @param password password source (also used for the key entry; not used to decrypt a PEM key)
         * @return this builder
         */
        public Builder keyStore(Path path, String type, SecretSource password) {
            this.keyStore = Objects.requireNonNull(path, "tls.keyStore");
            this.keyStoreType = Objects.requireNonNull(type, "tls.keyStoreType");
            this.keyStorePassword = Objects.requireNonNull(password, "tls.keyStorePassword is required with tls.keyStore");
            return this;
        }

        /** @return the settings */
        public TlsSettings build() {
            return new TlsSettings(this);
        }
    }
}
