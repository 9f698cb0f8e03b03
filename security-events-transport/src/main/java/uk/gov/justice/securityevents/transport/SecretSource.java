package uk.gov.justice.securityevents.transport;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a secret (API key, key-store password) is read from: an environment variable or a file, never code.
 * The value is read when the destination is built, so a missing secret fails at start with a message naming the
 * setting and the variable or file — never the value. {@link #toString()} describes the source only.
 */
public final class SecretSource {

    /** Kinds of source. */
    public enum Kind {
        /** An environment variable. */
        ENVIRONMENT,
        /** A file (e.g. a mounted Kubernetes secret); one trailing line break is removed. */
        FILE
    }

    private final Kind kind;
    private final String reference;

    private SecretSource(Kind kind, String reference) {
        this.kind = kind;
        this.reference = reference;
    }

    /**
     * @param variable environment variable name
     * @return the source
     */
    public static SecretSource fromEnvironment(String variable) {
        Objects.requireNonNull(variable, "variable");
        if (variable.isBlank()) {
            throw new IllegalArgumentException("variable must not be blank");
        }
        return new SecretSource(Kind.ENVIRONMENT, variable);
    }

    /**
     * @param file path of a file holding the secret
     * @return the source
     */
    public static SecretSource fromFile(Path file) {
        return new SecretSource(Kind.FILE, Objects.requireNonNull(file, "file").toString());
    }

    /** @return the kind of source */
    public Kind kind() {
        return kind;
    }

    /** @return the variable name or file path (not the secret) */
    public String reference() {
        return reference;
    }

    /** @return e.g. {@code environment variable XSIAM_API_KEY} or {@code file /run/secrets/key} */
    @Override
    public String toString() {
        return (kind == Kind.ENVIRONMENT ? "environment variable " : "file ") + reference;
    }
}
