package uk.gov.justice.securityevents.conformance;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.account.AccountCreated;
import uk.gov.justice.securityevents.account.AccountLocked;
import uk.gov.justice.securityevents.account.AccountReinstated;
import uk.gov.justice.securityevents.account.MfaFactorDisabled;
import uk.gov.justice.securityevents.account.MfaFactorEnabled;
import uk.gov.justice.securityevents.account.MfaFactorReset;
import uk.gov.justice.securityevents.account.MfaRecoveryUsed;
import uk.gov.justice.securityevents.account.PasswordChanged;
import uk.gov.justice.securityevents.account.PasswordReset;
import uk.gov.justice.securityevents.account.UserPrivilegesChanged;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.authentication.LoginSuccess;
import uk.gov.justice.securityevents.authentication.Logout;
import uk.gov.justice.securityevents.authentication.MfaFailure;
import uk.gov.justice.securityevents.authentication.MfaSuccess;
import uk.gov.justice.securityevents.authentication.SessionClosed;
import uk.gov.justice.securityevents.authentication.SessionCreated;
import uk.gov.justice.securityevents.authentication.SessionExpired;
import uk.gov.justice.securityevents.authorisation.ElevationEvent;
import uk.gov.justice.securityevents.authorisation.GroupCreated;
import uk.gov.justice.securityevents.authorisation.GroupDeleted;
import uk.gov.justice.securityevents.authorisation.GroupMemberAdded;
import uk.gov.justice.securityevents.authorisation.GroupMemberRemoved;
import uk.gov.justice.securityevents.authorisation.GroupModified;
import uk.gov.justice.securityevents.authorisation.RoleAssigned;
import uk.gov.justice.securityevents.authorisation.RoleCreated;
import uk.gov.justice.securityevents.authorisation.RoleDeleted;
import uk.gov.justice.securityevents.authorisation.RoleElevation;
import uk.gov.justice.securityevents.authorisation.RoleElevationEnded;
import uk.gov.justice.securityevents.authorisation.RoleModified;
import uk.gov.justice.securityevents.authorisation.RoleRevoked;
import uk.gov.justice.securityevents.model.Actor;
import uk.gov.justice.securityevents.model.AuthFactor;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.FactorType;
import uk.gov.justice.securityevents.model.Group;
import uk.gov.justice.securityevents.model.Session;
import uk.gov.justice.securityevents.model.User;
import uk.gov.justice.securityevents.model.UserType;

/**
 * Fixtures for the identity events (authentication, authorisation, account): for every class one with only the
 * required fields ({@code <Class>/required}), one with every field ({@code <Class>/full}) and one per further
 * classification variant.
 */
public final class IdentityEventFixtures {
    /** The account acting or acted on. */
    public static final User USER = User.builder().uid("u-1001").name("jdoe").type(UserType.USER)
            .domain("example.org").emailAddress("jdoe@example.org").credentialUid("cred-7f3a")
            .groups(List.of(Group.of("g-10", "caseworkers"))).build();
    /** An administrator. */
    public static final User ADMIN = User.builder().uid("a-42").name("asmith").type(UserType.ADMIN)
            .domain("example.org").build();
    /** The minimal user. */
    public static final User USER_MIN = User.ofUid("u-1001");
    /** The client. */
    public static final Endpoint CLIENT = Endpoint.builder().ip("198.51.100.7").port(51544)
            .hostname("laptop-17.example.org").build();
    /** The service authenticated to. */
    public static final Endpoint SERVICE = Endpoint.builder().ip("2001:db8::1").port(443)
            .hostname("case-api.example.org").serviceName("case-api").build();
    /** A session with every field. */
    public static final Session SESSION = Session.builder().uidFromRawId("JSESSIONID-3f9c2b")
            .createdTime(Instant.parse("2026-05-01T10:15:29Z")).expirationTime(Instant.parse("2026-05-01T18:15:29Z"))
            .issuer("https://idp.example.org").remote(true).mfa(true).build();
    /** The minimal session. */
    public static final Session SESSION_MIN = Session.of("5e0c1f2a9b7d4c3e8a6f1b2c3d4e5f60");
    /** A user agent. */
    public static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0";
    /** Links related events. */
    public static final String CORRELATION = "corr-7d1e2f";
    /** When the full fixtures say the activity happened. */
    public static final Instant EARLIER = Instant.parse("2026-05-01T10:15:29.987654Z");

    private IdentityEventFixtures() {
    }

    /** Every identity fixture. */
    public static List<EventFixture> all() {
        return List.of(
                // 1a
                f("LoginSuccess/required", () -> LoginSuccess.builder().user(USER_MIN).build()),
                f("LoginSuccess/full", () -> auth(LoginSuccess.builder()).priorFailureCount(0).mfa(true)
                        .message("User logged in").build()),
                f("LoginSuccess/afterFailures", () -> LoginSuccess.builder().user(USER).sourceEndpoint(CLIENT)
                        .destinationEndpoint(SERVICE).priorFailureCount(3).mfa(false).build()),
                f("LoginFailure/required", () -> LoginFailure.builder().user(USER_MIN)
                        .reason(LoginFailure.Reason.INVALID_CREDENTIALS).build()),
                f("LoginFailure/full", () -> auth(LoginFailure.builder())
                        .reason(LoginFailure.Reason.ACCOUNT_LOCKED_OUT).message("Login refused: account locked")
                        .build()),
                // 1b
                f("MfaSuccess/required", () -> MfaSuccess.builder().user(USER_MIN)
                        .factor(AuthFactor.of(FactorType.OTP)).build()),
                f("MfaSuccess/full", () -> auth(MfaSuccess.builder())
                        .factor(AuthFactor.of(FactorType.WEBAUTHN, "Security key")).message("Second factor verified")
                        .build()),
                f("MfaFailure/required", () -> MfaFailure.builder().user(USER_MIN)
                        .factor(AuthFactor.of(FactorType.OTP)).reason(MfaFailure.Reason.CODE_INVALID).build()),
                f("MfaFailure/full", () -> auth(MfaFailure.builder())
                        .factor(AuthFactor.of(FactorType.PUSH_NOTIFICATION, "Okta Verify"))
                        .reason(MfaFailure.Reason.PUSH_DENIED).message("Push notification denied").build()),
                // 1c
                f("Logout/required", () -> Logout.builder().user(USER_MIN).build()),
                f("Logout/full", () -> auth(Logout.builder()).message("User logged out").build()),
                // 1d–1f
                f("SessionCreated/required", () -> SessionCreated.builder().user(USER_MIN).session(SESSION_MIN)
                        .build()),
                f("SessionCreated/full", () -> auth(SessionCreated.builder()).message("Session created").build()),
                f("SessionExpired/required", () -> SessionExpired.builder().user(USER_MIN).session(SESSION_MIN)
                        .reason(SessionExpired.Reason.IDLE_TIMEOUT).build()),
                f("SessionExpired/full", () -> auth(SessionExpired.builder())
                        .reason(SessionExpired.Reason.ABSOLUTE_TIMEOUT).message("Session reached its lifetime")
                        .build()),
                f("SessionClosed/required", () -> SessionClosed.builder().user(USER_MIN).session(SESSION_MIN)
                        .reason(SessionClosed.Reason.CLOSED_BY_SERVER).build()),
                f("SessionClosed/full", () -> auth(SessionClosed.builder()).actor(Actor.user(ADMIN, "adm-sess-9"))
                        .reason(SessionClosed.Reason.REVOKED_BY_ADMIN).message("Session revoked by administrator")
                        .build()),
                // 2a
                f("GroupCreated/required", () -> GroupCreated.builder().group(Group.named("case-admins")).build()),
                f("GroupCreated/full", () -> GroupCreated.builder().group(fullGroup()).privileges(List.of("admin"))
                        .actor(ADMIN).sourceEndpoint(CLIENT).message("Group created").correlationUid(CORRELATION)
                        .time(EARLIER).build()),
                f("GroupModified/required", () -> GroupModified.builder().group(Group.named("case-admins"))
                        .build()),
                f("GroupModified/full", () -> GroupModified.builder().group(fullGroup())
                        .privileges(List.of("admin", "audit-read")).changedAttributes(List.of("description", "owner"))
                        .actor(ADMIN).sourceEndpoint(CLIENT).message("Group updated").correlationUid(CORRELATION)
                        .time(EARLIER).build()),
                f("GroupDeleted/required", () -> GroupDeleted.builder().group(Group.named("case-admins")).build()),
                f("GroupDeleted/full", () -> GroupDeleted.builder().group(fullGroup()).privileges(List.of("admin"))
                        .actor(ADMIN).sourceEndpoint(CLIENT).message("Group deleted").correlationUid(CORRELATION)
                        .time(EARLIER).build()),
                f("RoleCreated/required", () -> RoleCreated.builder().role(Group.named("auditor")).build()),
                f("RoleCreated/full", () -> RoleCreated.builder().role(fullRole()).privileges(List.of("audit-read"))
                        .actor(ADMIN).sourceEndpoint(CLIENT).message("Role created").correlationUid(CORRELATION)
                        .time(EARLIER).build()),
                f("RoleModified/required", () -> RoleModified.builder().role(Group.named("auditor")).build()),
                f("RoleModified/full", () -> RoleModified.builder().role(fullRole())
                        .privileges(List.of("audit-read", "audit-export")).changedAttributes(List.of("privileges"))
                        .actor(ADMIN).sourceEndpoint(CLIENT).message("Role updated").correlationUid(CORRELATION)
                        .time(EARLIER).build()),
                f("RoleDeleted/required", () -> RoleDeleted.builder().role(Group.named("auditor")).build()),
                f("RoleDeleted/full", () -> RoleDeleted.builder().role(fullRole()).privileges(List.of("audit-read"))
                        .actor(ADMIN).sourceEndpoint(CLIENT).message("Role deleted").correlationUid(CORRELATION)
                        .time(EARLIER).build()),
                // 2b
                f("GroupMemberAdded/required", () -> GroupMemberAdded.builder().group(Group.named("case-admins"))
                        .user(USER_MIN).build()),
                f("GroupMemberAdded/full", () -> GroupMemberAdded.builder().group(fullGroup()).user(USER)
                        .privileges(List.of("admin")).privilegedGroup(true).actor(ADMIN).sourceEndpoint(CLIENT)
                        .message("Member added").correlationUid(CORRELATION).time(EARLIER).build()),
                f("GroupMemberRemoved/required", () -> GroupMemberRemoved.builder()
                        .group(Group.named("case-admins")).user(USER_MIN).build()),
                f("GroupMemberRemoved/full", () -> GroupMemberRemoved.builder().group(fullGroup()).user(USER)
                        .privileges(List.of("admin")).privilegedGroup(true).actor(ADMIN).sourceEndpoint(CLIENT)
                        .message("Member removed").correlationUid(CORRELATION).time(EARLIER).build()),
                f("RoleAssigned/required", () -> RoleAssigned.builder().user(USER_MIN).roles(List.of("auditor"))
                        .build()),
                f("RoleAssigned/full", () -> RoleAssigned.builder().user(USER).roles(List.of("auditor", "reviewer"))
                        .actor(ADMIN).sourceEndpoint(CLIENT).message("Roles assigned").correlationUid(CORRELATION)
                        .time(EARLIER).build()),
                f("RoleRevoked/required", () -> RoleRevoked.builder().user(USER_MIN).roles(List.of("auditor"))
                        .build()),
                f("RoleRevoked/full", () -> RoleRevoked.builder().user(USER).roles(List.of("auditor", "reviewer"))
                        .actor(ADMIN).sourceEndpoint(CLIENT).message("Roles revoked").correlationUid(CORRELATION)
                        .time(EARLIER).build()),
                // 2c
                f("RoleElevation/required", () -> RoleElevation.builder().user(User.ofUid("root"))
                        .actor(USER_MIN).build()),
                f("RoleElevation/full", () -> elevation(RoleElevation.builder())
                        .expiresAt(Instant.parse("2026-05-01T11:15:30Z")).message("Elevated to prod-admin").build()),
                f("RoleElevationEnded/required", () -> RoleElevationEnded.builder().user(User.ofUid("root"))
                        .actor(USER_MIN).build()),
                f("RoleElevationEnded/full", () -> elevation(RoleElevationEnded.builder())
                        .message("Elevation to prod-admin ended").build()),
                // user directory
                f("AccountCreated/required", () -> AccountCreated.builder().user(USER_MIN).build()),
                f("AccountCreated/full", () -> AccountCreated.builder().user(USER).actor(ADMIN).sourceEndpoint(CLIENT)
                        .message("Account created").correlationUid(CORRELATION).time(EARLIER).build()),
                f("AccountLocked/required", () -> AccountLocked.builder().user(USER_MIN)
                        .reason(AccountLocked.Reason.MAX_RETRIES).build()),
                f("AccountLocked/full", () -> AccountLocked.builder().user(USER).actor(ADMIN).sourceEndpoint(CLIENT)
                        .reason(AccountLocked.Reason.ADMIN_ACTION).message("Account locked by administrator")
                        .correlationUid(CORRELATION).time(EARLIER).build()),
                f("AccountReinstated/required", () -> AccountReinstated.builder().user(USER_MIN)
                        .how(AccountReinstated.How.UNLOCKED).build()),
                f("AccountReinstated/full", () -> AccountReinstated.builder().user(USER).actor(ADMIN)
                        .sourceEndpoint(CLIENT).how(AccountReinstated.How.UNLOCKED).message("Account unlocked")
                        .correlationUid(CORRELATION).time(EARLIER).build()),
                f("AccountReinstated/enabled", () -> AccountReinstated.builder().user(USER).actor(ADMIN)
                        .how(AccountReinstated.How.ENABLED).build()),
                f("PasswordChanged/required", () -> PasswordChanged.builder().user(USER_MIN).build()),
                f("PasswordChanged/full", () -> PasswordChanged.builder().user(USER).actor(USER)
                        .sourceEndpoint(CLIENT).message("Password changed by its owner").correlationUid(CORRELATION)
                        .time(EARLIER).build()),
                f("PasswordReset/required", () -> PasswordReset.builder().user(USER_MIN).build()),
                f("PasswordReset/full", () -> PasswordReset.builder().user(USER).actor(ADMIN).sourceEndpoint(CLIENT)
                        .message("Password reset by service desk").correlationUid(CORRELATION).time(EARLIER).build()),
                f("MfaFactorEnabled/required", () -> MfaFactorEnabled.builder().user(USER_MIN)
                        .factor(AuthFactor.of(FactorType.OTP)).build()),
                f("MfaFactorEnabled/full", () -> MfaFactorEnabled.builder().user(USER).actor(USER)
                        .factor(AuthFactor.of(FactorType.WEBAUTHN, "Security key")).sourceEndpoint(CLIENT)
                        .message("Security key registered").correlationUid(CORRELATION).time(EARLIER).build()),
                f("MfaFactorDisabled/required", () -> MfaFactorDisabled.builder().user(USER_MIN)
                        .factor(AuthFactor.of(FactorType.SMS)).build()),
                f("MfaFactorDisabled/full", () -> MfaFactorDisabled.builder().user(USER).actor(ADMIN)
                        .factor(AuthFactor.of(FactorType.SMS, "GOV.UK Notify")).sourceEndpoint(CLIENT)
                        .message("SMS factor removed").correlationUid(CORRELATION).time(EARLIER).build()),
                f("MfaFactorReset/required", () -> MfaFactorReset.builder().user(USER_MIN).build()),
                f("MfaFactorReset/full", () -> MfaFactorReset.builder().user(USER).actor(ADMIN)
                        .factor(AuthFactor.of(FactorType.OTP, "Authenticator app")).sourceEndpoint(CLIENT)
                        .message("MFA reset after lost phone").correlationUid(CORRELATION).time(EARLIER).build()),
                f("MfaRecoveryUsed/required", () -> MfaRecoveryUsed.builder().user(USER_MIN)
                        .factor(AuthFactor.of(FactorType.SECURITY_QUESTION)).build()),
                f("MfaRecoveryUsed/full", () -> auth(MfaRecoveryUsed.builder())
                        .factor(AuthFactor.of(FactorType.OTP, "Backup codes")).message("Backup code used").build()),
                f("UserPrivilegesChanged/required", () -> UserPrivilegesChanged.builder().user(USER_MIN)
                        .privileges(List.of("s3:GetObject")).change(UserPrivilegesChanged.Change.GRANTED).build()),
                f("UserPrivilegesChanged/full", () -> UserPrivilegesChanged.builder().user(USER)
                        .privileges(List.of("arn:aws:iam::111122223333:role/CaseReader", "s3:GetObject"))
                        .change(UserPrivilegesChanged.Change.GRANTED).actor(ADMIN).sourceEndpoint(CLIENT)
                        .message("Role delegation granted").correlationUid(CORRELATION).time(EARLIER).build()),
                f("UserPrivilegesChanged/revoked", () -> UserPrivilegesChanged.builder().user(USER)
                        .privileges(List.of("arn:aws:iam::111122223333:role/CaseReader"))
                        .change(UserPrivilegesChanged.Change.REVOKED).actor(ADMIN).build()));
    }

    /** Every authentication field except actor and message. */
    private static <B extends uk.gov.justice.securityevents.authentication.AuthenticationEvent.Builder<B>> B auth(
            B b) {
        return b.user(USER).sourceEndpoint(CLIENT).destinationEndpoint(SERVICE).session(SESSION)
                .userAgent(USER_AGENT).correlationUid(CORRELATION).time(EARLIER);
    }

    /** Every elevation field except message: jdoe assumes the prod-admin role account. */
    private static <B extends ElevationEvent.Builder<B>> B elevation(B b) {
        return b.user(User.builder().uid("arn:aws:iam::111122223333:role/prod-admin").name("prod-admin")
                        .type(UserType.ADMIN).build())
                .actor(Actor.user(USER, "sess-4b1d")).switchType(ElevationEvent.SwitchType.SUBSTITUTE_USER)
                .elevatedRole("prod-admin").sourceEndpoint(CLIENT).destinationEndpoint(SERVICE).session(SESSION)
                .userAgent(USER_AGENT).correlationUid(CORRELATION).time(EARLIER);
    }

    private static Group fullGroup() {
        return Group.of("g-20", "case-admins").withType("security").withDomain("example.org")
                .withPrivileges(List.of("admin"));
    }

    private static Group fullRole() {
        return Group.of("r-7", "auditor").withDomain("example.org").withPrivileges(List.of("audit-read"));
    }

    private static EventFixture f(String name, Supplier<SecurityEvent> factory) {
        return new EventFixture(name, factory);
    }
}
