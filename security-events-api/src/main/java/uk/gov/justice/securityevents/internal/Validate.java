package uk.gov.justice.securityevents.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks done by builders at {@code build()}. Every failure names the field so the caller knows what to fix.
 * Not part of the public API.
 */
public final class Validate {
    /** Highest TCP/UDP port. */
    public static final int MAX_PORT = 65_535;

    // OCSF 1.8.0 dictionary, type email_t.
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("^[a-zA-Z0-9!#$%&'*+-/=?^_`{|}~.]+@[a-zA-Z0-9-]+\\.[a-zA-Z0-9-.]+$");

    private Validate() {
    }

    /** Fails with {@link NullPointerException} naming {@code field} when {@code value} is null. */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " is required");
        }
        return value;
    }

    /** Fails when {@code value} is null or blank. */
    public static String nonBlank(String value, String field) {
        required(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Null stays null (optional field); a blank value is rejected. */
    public static String optionalNonBlank(String value, String field) {
        return value == null ? null : nonBlank(value, field);
    }

    /** Validates an optional port number. */
    public static Integer port(Integer value, String field) {
        if (value != null && (value < 0 || value > MAX_PORT)) {
            throw new IllegalArgumentException(field + " must be between 0 and " + MAX_PORT + " but was " + value);
        }
        return value;
    }

    /** Validates a non-negative number, such as a size or count. */
    public static Long nonNegative(Long value, String field) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + " must not be negative but was " + value);
        }
        return value;
    }

    /** Validates an optional IP literal without any DNS look-up. */
    public static String ip(String value, String field) {
        if (value != null && !IpLiterals.isValid(value)) {
            throw new IllegalArgumentException(field + " must be an IPv4 or IPv6 literal but was '"
                    + Text.forMessage(value, 64) + "'");
        }
        return value;
    }

    /**
     * Validates an optional e-mail address with OCSF's {@code email_t} syntax, so a hostile value cannot make the
     * event invalid.
     */
    public static String email(String value, String field) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be an e-mail address but was '"
                    + Text.forMessage(value, 64) + "'");
        }
        return value;
    }

    /** Copies a collection, rejecting null elements and naming the field and index. */
    public static <T> List<T> listOf(Collection<? extends T> values, String field) {
        required(values, field);
        List<T> copy = new ArrayList<>(values.size());
        int i = 0;
        for (T v : values) {
            if (v == null) {
                throw new NullPointerException(field + "[" + i + "] must not be null");
            }
            copy.add(v);
            i++;
        }
        return List.copyOf(copy);
    }

    /** At least one of {@code values} must be non-null, as OCSF's {@code at_least_one} constraint demands. */
    public static void atLeastOne(String what, String fields, Object... values) {
        for (Object v : values) {
            if (v != null) {
                return;
            }
        }
        throw new IllegalArgumentException(what + " needs at least one of " + fields);
    }
}
