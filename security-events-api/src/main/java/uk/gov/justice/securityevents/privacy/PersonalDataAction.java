package uk.gov.justice.securityevents.privacy;

/** What the writer does with one field that may hold personal data. */
public enum PersonalDataAction {
    /** Written as given (the default for every field). */
    KEEP,
    /**
     * Left out. Refused at configuration time for attributes OCSF requires or needs for an object's identity
     * (e.g. {@code user.uid}, {@code src_endpoint.ip}): use {@link #MASK} or {@link #PSEUDONYMISE} for those.
     */
    DROP,
    /**
     * Partly hidden, keeping the value's type valid: an IPv4 address keeps its /24 ({@code 198.51.100.0}), an IPv6
     * address its /48 ({@code 2001:db8:1:0:0:0:0:0}), a MAC address its vendor prefix ({@code 00:1a:2b:00:00:00}), an
     * e-mail address the first character of the local part and the domain ({@code j***@example.org}), any other
     * string its first character followed by {@code ***}.
     */
    MASK,
    /**
     * Replaced by a keyed hash (HMAC-SHA-256 under the policy's key): the same input always gives the same output, so
     * the SOC can still correlate, but the value cannot be read back without the key. Strings become
     * {@code hmac:<32 hex>}; e-mail addresses {@code hmac.<32 hex>@pseudonymised.invalid}; IP addresses a unique-local
     * IPv6 address {@code fdxx:…} built from the hash; MAC addresses a locally administered {@code 02:…} address.
     */
    PSEUDONYMISE
}
