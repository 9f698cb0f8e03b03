package uk.gov.justice.securityevents.privacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import uk.gov.justice.securityevents.HmacKey;

/**
 * Per-field treatment of personal data in written events: {@link PersonalDataAction#KEEP} (the default for every
 * field), {@link PersonalDataAction#DROP}, {@link PersonalDataAction#MASK} or {@link PersonalDataAction#PSEUDONYMISE}.
 *
 * <p>A rule names a field by its JSON path in the OCSF output, dot-separated, without array indices:
 * {@code user.email_addr}, {@code actor.user.uid}, {@code src_endpoint.ip}, {@code user.groups.name}. A path starting
 * with {@code *.} matches that field name at any depth: {@code *.email_addr}, {@code *.ip}. An exact rule wins over a
 * wildcard. Fields the SDK itself writes and that carry no personal data ({@link #sdkOwnedPaths()}) are never changed.
 *
 * <p>Validated when built, so bad configuration fails at start: unknown syntax, {@code DROP} of an attribute that OCSF
 * requires or needs to identify an object ({@link #nonDroppablePaths()}; use {@code MASK} or {@code PSEUDONYMISE}
 * instead), and {@code PSEUDONYMISE} without a key. The key is read from the environment or a file
 * ({@link HmacKey}), never from code.
 *
 * <pre>{@code
 * PersonalDataPolicy policy = PersonalDataPolicy.builder()
 *         .pseudonymisationKey(HmacKey.fromEnvironment("SECURITY_EVENTS_PSEUDONYMISATION_KEY"))
 *         .rule("user.email_addr", PersonalDataAction.DROP)
 *         .rule("*.ip", PersonalDataAction.MASK)
 *         .rule("user.name", PersonalDataAction.PSEUDONYMISE)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PersonalDataPolicy {
    /** Keeps every field as given: the default. */
    public static final PersonalDataPolicy KEEP_ALL = new PersonalDataPolicy(Map.of(), null);

    private static final Pattern PATH = Pattern.compile("(\\*\\.)?[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    /**
     * Attributes that must not be dropped: OCSF 1.8.0 requires them, or needs them to identify the object they are in
     * ({@code at_least_one}/{@code just_one} constraints) for the events this SDK writes.
     */
    private static final Set<String> NON_DROPPABLE = Set.of(
            "user.uid", "user.name", "actor.user.uid", "actor.user.name", "actor.app_name",
            "user.groups.uid", "user.groups.name", "actor.user.groups.uid", "actor.user.groups.name",
            "group.uid", "group.name",
            "src_endpoint.ip", "src_endpoint.hostname", "src_endpoint.svc_name",
            "dst_endpoint.ip", "dst_endpoint.hostname", "dst_endpoint.svc_name",
            "device.hostname", "device.uid", "device.ip", "device.os.name",
            "entity.uid", "entity.name", "entity_result.uid", "entity_result.name",
            "resources.uid", "resources.name", "api.operation", "query_info.query_string",
            "query.hostname", "answers.rdata", "finding_info.uid", "finding_info.analytic.name",
            "app.name", "databucket.uid", "databucket.name", "database.uid", "database.name",
            "kb_article_list.uid", "metadata.product.name", "metadata.reporter.name", "metadata.reporter.uid",
            "metadata.reporter.hostname", "service.name", "http_request.url.url_string", "session.uid", "privileges",
            "api.request.uid", "query_info.name", "entity.device.hostname", "entity.device.uid", "entity.device.ip",
            "device.os.version");

    /** Fields the SDK writes itself, which carry no personal data and are never changed by a rule. */
    private static final Set<String> SDK_OWNED = Set.of(
            "class_name", "category_name", "activity_name", "type_name", "time_dt", "severity", "status",
            "metadata.version", "metadata.uid", "metadata.event_code", "metadata.log_provider", "metadata.profiles",
            "metadata.labels", "metadata.product.vendor_name", "unmapped.trace_id", "unmapped.span_id",
            "unmapped.record_integrity", "http_request.http_method");

    private final Map<String, PersonalDataAction> rules;
    private final HmacKey key;

    private PersonalDataPolicy(Map<String, PersonalDataAction> rules, HmacKey key) {
        this.rules = rules;
        this.key = key;
    }

    /** A builder with no rules. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses rules from configuration text, for appenders and the Spring Boot starter: comma- or newline-separated
     * {@code path=ACTION} pairs, e.g. {@code "user.email_addr=DROP, *.ip=MASK, user.name=PSEUDONYMISE"}. Actions are
     * case-insensitive.
     *
     * @param spec the rules; null or blank means {@link #KEEP_ALL}
     * @param key  the pseudonymisation key, or null when no rule pseudonymises
     * @return the policy
     * @throws IllegalArgumentException when a rule is malformed or not allowed
     */
    public static PersonalDataPolicy parse(String spec, HmacKey key) {
        Builder b = builder();
        if (key != null) {
            b.pseudonymisationKey(key);
        }
        if (spec != null) {
            for (String part : spec.split("[,\\n]")) {
                String rule = part.trim();
                if (rule.isEmpty()) {
                    continue;
                }
                int eq = rule.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("personal data rule '" + rule
                            + "' must look like path=ACTION, e.g. user.email_addr=DROP");
                }
                String action = rule.substring(eq + 1).trim().toUpperCase(Locale.ROOT);
                try {
                    b.rule(rule.substring(0, eq).trim(), PersonalDataAction.valueOf(action));
                } catch (IllegalArgumentException e) {
                    if (e.getMessage() != null && e.getMessage().startsWith("No enum constant")) {
                        throw new IllegalArgumentException("personal data rule '" + rule + "': unknown action '"
                                + action + "'; use KEEP, DROP, MASK or PSEUDONYMISE", e);
                    }
                    throw e;
                }
            }
        }
        return b.build();
    }

    /**
     * The action for a field.
     *
     * @param path the field's dotted JSON path, e.g. {@code user.email_addr}
     * @return its action; {@link PersonalDataAction#KEEP} when no rule matches or the field is SDK-owned
     */
    public PersonalDataAction actionFor(String path) {
        if (rules.isEmpty() || SDK_OWNED.contains(path)) {
            return PersonalDataAction.KEEP;
        }
        PersonalDataAction exact = rules.get(path);
        if (exact != null) {
            return exact;
        }
        int dot = path.lastIndexOf('.');
        PersonalDataAction wildcard = rules.get("*." + path.substring(dot + 1));
        return wildcard != null ? wildcard : PersonalDataAction.KEEP;
    }

    /** The rules, in the order they were added (exact paths and {@code *.} wildcards). */
    public Map<String, PersonalDataAction> rules() {
        return rules;
    }

    /** The pseudonymisation key, when one was given. */
    public Optional<HmacKey> pseudonymisationKey() {
        return Optional.ofNullable(key);
    }

    /** Whether every field is kept (no rule other than KEEP). */
    public boolean keepsAll() {
        return rules.values().stream().allMatch(a -> a == PersonalDataAction.KEEP);
    }

    /** Paths that {@link PersonalDataAction#DROP} is refused for (required or identifying OCSF attributes). */
    public static Set<String> nonDroppablePaths() {
        return Collections.unmodifiableSet(new TreeSet<>(NON_DROPPABLE));
    }

    /** Paths the SDK writes itself and never changes (no personal data). */
    public static Set<String> sdkOwnedPaths() {
        return Collections.unmodifiableSet(new TreeSet<>(SDK_OWNED));
    }

    @Override
    public String toString() {
        return "PersonalDataPolicy" + rules + (key != null ? " key=" + key.keyId() : "");
    }

    /** Builds a {@link PersonalDataPolicy}. */
    public static final class Builder {
        private final Map<String, PersonalDataAction> rules = new LinkedHashMap<>();
        private HmacKey key;

        private Builder() {
        }

        /**
         * Sets the action for a field path (a later rule for the same path replaces an earlier one).
         *
         * @param path   dotted JSON path such as {@code user.email_addr}, or {@code *.name} for any depth
         * @param action what to do
         * @return this builder
         * @throws IllegalArgumentException when the path is malformed, SDK-owned, or may not be dropped
         */
        public Builder rule(String path, PersonalDataAction action) {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(action, "action");
            if (!PATH.matcher(path).matches()) {
                throw new IllegalArgumentException("personal data path '" + path
                        + "' is not a dotted JSON path such as user.email_addr or *.ip (lower case, no array indices)");
            }
            if (SDK_OWNED.contains(path)) {
                throw new IllegalArgumentException("'" + path
                        + "' is written by the SDK, holds no personal data and cannot be changed by a rule");
            }
            if (action == PersonalDataAction.DROP) {
                for (String required : NON_DROPPABLE) {
                    if (required.equals(path) || (path.startsWith("*.")
                            && (required.endsWith(path.substring(1)) || required.equals(path.substring(2))))) {
                        throw new IllegalArgumentException("'" + required + "' cannot be dropped: OCSF requires it or "
                                + "needs it to identify the object; use MASK or PSEUDONYMISE for '" + path + "'");
                    }
                }
            }
            rules.put(path, action);
            return this;
        }

        /**
         * The key for {@link PersonalDataAction#PSEUDONYMISE}, from {@link HmacKey#fromEnvironment(String)} or
         * {@link HmacKey#fromFile(java.nio.file.Path)}.
         *
         * @param key the key
         * @return this builder
         */
        public Builder pseudonymisationKey(HmacKey key) {
            this.key = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         * @throws IllegalArgumentException when a rule pseudonymises but no key was given
         */
        public PersonalDataPolicy build() {
            if (key == null && rules.containsValue(PersonalDataAction.PSEUDONYMISE)) {
                throw new IllegalArgumentException("PSEUDONYMISE needs a key: call pseudonymisationKey(HmacKey"
                        + ".fromEnvironment(...)) or HmacKey.fromFile(...)");
            }
            if (rules.isEmpty() && key == null) {
                return KEEP_ALL;
            }
            return new PersonalDataPolicy(Collections.unmodifiableMap(new LinkedHashMap<>(rules)), key);
        }
    }
}
