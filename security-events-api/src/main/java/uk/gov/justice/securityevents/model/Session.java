package uk.gov.justice.securityevents.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * A user session ({@code session}). A raw session id is a bearer credential, so use {@link #fromRawId(String)} to
 * carry a one-way hash of it rather than the id itself.
 */
public final class Session {
    /** Hex characters of the SHA-256 kept by {@link #fromRawId(String)}: 128 bits, enough to correlate. */
    public static final int HASHED_ID_HEX_LENGTH = 32;

    private final String uid;
    private final Instant createdTime;
    private final Instant expirationTime;
    private final String issuer;
    private final Boolean remote;
    private final Boolean mfa;

    private Session(Builder b) {
        this.uid = Validate.optionalNonBlank(b.uid, "session.uid");
        this.createdTime = b.createdTime;
        this.expirationTime = b.expirationTime;
        this.issuer = Validate.optionalNonBlank(b.issuer, "session.issuer");
        this.remote = b.remote;
        this.mfa = b.mfa;
    }

    /** A session known by an id that is safe to log (already opaque or hashed). */
    public static Session of(String uid) {
        return builder().uid(uid).build();
    }

    /**
     * A session identified by the SHA-256 of a raw session id (e.g. {@code JSESSIONID}), so the credential itself
     * never reaches the log.
     */
    public static Session fromRawId(String rawSessionId) {
        return builder().uidFromRawId(rawSessionId).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    static String hash(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(HASHED_ID_HEX_LENGTH);
            for (int i = 0; i < HASHED_ID_HEX_LENGTH / 2; i++) {
                sb.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Session id, or null. */
    public String uid() {
        return uid;
    }

    /** When the session was created, or null. */
    public Instant createdTime() {
        return createdTime;
    }

    /** When the session expires or expired, or null. */
    public Instant expirationTime() {
        return expirationTime;
    }

    /** Who issued the session (an IdP, a service), or null. */
    public String issuer() {
        return issuer;
    }

    /** Whether the session is remote, or null. */
    public Boolean remote() {
        return remote;
    }

    /** Whether MFA was used to establish the session, or null. */
    public Boolean mfa() {
        return mfa;
    }

    @Override
    public String toString() {
        return "Session[" + uid + "]";
    }

    /** Builds a {@link Session}. */
    public static final class Builder {
        private String uid;
        private Instant createdTime;
        private Instant expirationTime;
        private String issuer;
        private Boolean remote;
        private Boolean mfa;

        private Builder() {
        }

        /** An id that is safe to log. */
        public Builder uid(String uid) {
            this.uid = uid;
            return this;
        }

        /** Hashes a raw session id (SHA-256, first {@value #HASHED_ID_HEX_LENGTH} hex characters) into the uid. */
        public Builder uidFromRawId(String rawSessionId) {
            this.uid = hash(Validate.nonBlank(rawSessionId, "session.uid"));
            return this;
        }

        /** Creation time. */
        public Builder createdTime(Instant createdTime) {
            this.createdTime = createdTime;
            return this;
        }

        /** Expiry time. */
        public Builder expirationTime(Instant expirationTime) {
            this.expirationTime = expirationTime;
            return this;
        }

        /** Issuer. */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Remote session flag. */
        public Builder remote(boolean remote) {
            this.remote = remote;
            return this;
        }

        /** MFA flag. */
        public Builder mfa(boolean mfa) {
            this.mfa = mfa;
            return this;
        }

        /** Builds the session. */
        public Session build() {
            return new Session(this);
        }
    }
}
