package uk.gov.justice.securityevents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret HMAC-SHA-256 key for pseudonymising personal data and for keyed hash chains. It is read from an environment
 * variable or a file, never from code or configuration text, so it can be rotated and kept out of repositories.
 *
 * <p>Format of the variable or file content (surrounding white space is ignored): {@code base64:<standard base64>},
 * {@code hex:<hex digits>}, or any other text, whose UTF-8 bytes are the key. The key must be at least
 * {@value #MIN_KEY_BYTES} bytes (256 bits); e.g. {@code echo "base64:$(openssl rand -base64 32)" > key}.
 *
 * <p>{@link #toString()} never shows the key, only {@link #keyId()}. Immutable and thread-safe.
 */
public final class HmacKey {
    /** Shortest key accepted, in bytes: {@value}. */
    public static final int MIN_KEY_BYTES = 32;
    /** The MAC algorithm: {@value}. */
    public static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final String keyId;
    private final String source;

    private HmacKey(byte[] bytes, String source) {
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the HMAC key from " + source + " is " + bytes.length
                    + " bytes; at least " + MIN_KEY_BYTES + " are needed (e.g. base64:$(openssl rand -base64 32))");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
        this.source = source;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            this.keyId = HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Reads the key from an environment variable.
     *
     * @param variable the variable's name, e.g. {@code SECURITY_EVENTS_PSEUDONYMISATION_KEY}
     * @return the key
     * @throws IllegalArgumentException when the variable is unset, blank, malformed or too short
     */
    public static HmacKey fromEnvironment(String variable) {
        return fromEnvironment(variable, System::getenv);
    }

    /** As {@link #fromEnvironment(String)}, with the environment given (for tests). */
    static HmacKey fromEnvironment(String variable, UnaryOperator<String> environment) {
        Objects.requireNonNull(variable, "variable");
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("environment variable " + variable
                    + " is not set or empty; it must hold the HMAC key (at least " + MIN_KEY_BYTES + " bytes)");
        }
        return new HmacKey(decode(value.trim(), "environment variable " + variable), "environment variable " + variable);
    }

    /**
     * Reads the key from a file (e.g. a mounted Kubernetes secret).
     *
     * @param file the file
     * @return the key
     * @throws IllegalArgumentException when the file cannot be read, or is malformed or too short
     */
    public static HmacKey fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        String value;
        try {
            value = Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("cannot read the HMAC key file " + file + ": " + e, e);
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("the HMAC key file " + file + " is empty");
        }
        return new HmacKey(decode(value, "file " + file), "file " + file);
    }

    private static byte[] decode(String value, String source) {
        try {
            if (value.startsWith("base64:")) {
                return Base64.getDecoder().decode(value.substring(7).trim());
            }
            if (value.startsWith("hex:")) {
                return HexFormat.of().parseHex(value.substring(4).trim());
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the HMAC key in " + source + " is not valid " + value.substring(0,
                    value.indexOf(':')) + ": " + e.getMessage(), e);
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** A new HMAC-SHA-256 instance keyed with this key (a {@link Mac} is not thread-safe: one per thread). */
    public Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    /** A short, non-secret id of the key (first 8 hex digits of its SHA-256), to tell keys apart in logs. */
    public String keyId() {
        return keyId;
    }

    @Override
    public String toString() {
        return "HmacKey[id=" + keyId + ", from " + source + "]";
    }
}
