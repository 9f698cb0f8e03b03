package uk.gov.justice.securityevents.model;

import java.util.List;
import java.util.Objects;
import uk.gov.justice.securityevents.internal.Validate;

/**
 * A user or account: the target of an IAM event ({@code user}) or, inside {@link Actor}, who acted.
 * Needs a {@code uid} or a {@code name}. Never holds a password or token: there is no such field.
 */
public final class User {
    private final String uid;
    private final String name;
    private final UserType type;
    private final String domain;
    private final String emailAddress;
    private final String credentialUid;
    private final List<Group> groups;

    private User(Builder b) {
        this.uid = Validate.optionalNonBlank(b.uid, "user.uid");
        this.name = Validate.optionalNonBlank(b.name, "user.name");
        Validate.atLeastOne("user", "uid, name", uid, name);
        this.type = b.type;
        this.domain = Validate.optionalNonBlank(b.domain, "user.domain");
        this.emailAddress = Validate.email(b.emailAddress, "user.email_addr");
        this.credentialUid = Validate.optionalNonBlank(b.credentialUid, "user.credential_uid");
        this.groups = Validate.listOf(b.groups, "user.groups");
    }

    /** A user known by its unique id. */
    public static User ofUid(String uid) {
        return builder().uid(uid).build();
    }

    /** A user known by id and name. */
    public static User of(String uid, String name) {
        return builder().uid(uid).name(name).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Unique id ({@code uid}); prefer it over the name where the SOC can resolve it. */
    public String uid() {
        return uid;
    }

    /** User or account name ({@code name}). */
    public String name() {
        return name;
    }

    /** Kind of account ({@code type_id}), or null. */
    public UserType type() {
        return type;
    }

    /** Domain or realm ({@code domain}), or null. */
    public String domain() {
        return domain;
    }

    /** E-mail address ({@code email_addr}), or null. */
    public String emailAddress() {
        return emailAddress;
    }

    /** Id of the credential used, never the credential itself ({@code credential_uid}), or null. */
    public String credentialUid() {
        return credentialUid;
    }

    /** Groups the user belongs to ({@code groups}); empty when unknown. */
    public List<Group> groups() {
        return groups;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof User && Objects.equals(uid, ((User) o).uid) && Objects.equals(name, ((User) o).name)
                && type == ((User) o).type && Objects.equals(domain, ((User) o).domain);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uid, name, type, domain);
    }

    @Override
    public String toString() {
        return "User[" + (uid != null ? "uid=" + uid : "") + (uid != null && name != null ? ", " : "")
                + (name != null ? "name=" + name : "") + "]";
    }

    /** Builds a {@link User}. */
    public static final class Builder {
        private String uid;
        private String name;
        private UserType type;
        private String domain;
        private String emailAddress;
        private String credentialUid;
        private List<Group> groups = List.of();

        private Builder() {
        }

        /** Unique id. */
        public Builder uid(String uid) {
            this.uid = uid;
            return this;
        }

        /** Name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Kind of account. */
        public Builder type(UserType type) {
            this.type = type;
            return this;
        }

        /** Domain or realm. */
        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        /** E-mail address. */
        public Builder emailAddress(String emailAddress) {
            this.emailAddress = emailAddress;
            return this;
        }

        /** Id of the credential used (an API key id, a certificate serial): never the secret itself. */
        public Builder credentialUid(String credentialUid) {
            this.credentialUid = credentialUid;
            return this;
        }

        /** Groups the user belongs to. */
        public Builder groups(List<Group> groups) {
            this.groups = groups;
            return this;
        }

        /** Builds the user; fails naming the field when neither uid nor name is set. */
        public User build() {
            return new User(this);
        }
    }
}
