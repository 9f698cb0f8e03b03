package uk.gov.justice.securityevents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.authentication.LoginSuccess;

/**
 * Every event type the SDK defines, with its MoJ principle item and OCSF classification: the source of the event
 * catalogue in {@code docs/} and of principle coverage reports.
 */
public final class EventCatalogue {
    private static final List<EventType> ALL = List.of(
            // authentication
            LoginSuccess.TYPE,
            LoginFailure.TYPE
            // identity (leading commas and full names keep these lines independent of neighbouring insertions)
            , uk.gov.justice.securityevents.authentication.MfaSuccess.TYPE
            , uk.gov.justice.securityevents.authentication.MfaFailure.TYPE
            , uk.gov.justice.securityevents.authentication.Logout.TYPE
            , uk.gov.justice.securityevents.authentication.SessionCreated.TYPE
            , uk.gov.justice.securityevents.authentication.SessionExpired.TYPE
            , uk.gov.justice.securityevents.authentication.SessionClosed.TYPE
            , uk.gov.justice.securityevents.authorisation.GroupCreated.TYPE
            , uk.gov.justice.securityevents.authorisation.GroupModified.TYPE
            , uk.gov.justice.securityevents.authorisation.GroupDeleted.TYPE
            , uk.gov.justice.securityevents.authorisation.RoleCreated.TYPE
            , uk.gov.justice.securityevents.authorisation.RoleModified.TYPE
            , uk.gov.justice.securityevents.authorisation.RoleDeleted.TYPE
            , uk.gov.justice.securityevents.authorisation.GroupMemberAdded.TYPE
            , uk.gov.justice.securityevents.authorisation.GroupMemberRemoved.TYPE
            , uk.gov.justice.securityevents.authorisation.RoleAssigned.TYPE
            , uk.gov.justice.securityevents.authorisation.RoleRevoked.TYPE
            , uk.gov.justice.securityevents.authorisation.RoleElevation.TYPE
            , uk.gov.justice.securityevents.authorisation.RoleElevationEnded.TYPE
            , uk.gov.justice.securityevents.account.AccountCreated.TYPE
            , uk.gov.justice.securityevents.account.AccountLocked.TYPE
            , uk.gov.justice.securityevents.account.AccountReinstated.TYPE
            , uk.gov.justice.securityevents.account.PasswordChanged.TYPE
            , uk.gov.justice.securityevents.account.PasswordReset.TYPE
            , uk.gov.justice.securityevents.account.MfaFactorEnabled.TYPE
            , uk.gov.justice.securityevents.account.MfaFactorDisabled.TYPE
            , uk.gov.justice.securityevents.account.MfaFactorReset.TYPE
            , uk.gov.justice.securityevents.account.MfaRecoveryUsed.TYPE
            , uk.gov.justice.securityevents.account.UserPrivilegesChanged.TYPE
            // identity-catalogue-end
            // infrastructure, DNS, network, contextual, activity
            , uk.gov.justice.securityevents.infrastructure.PowerStateChanged.TYPE
            , uk.gov.justice.securityevents.infrastructure.ServiceStarted.TYPE
            , uk.gov.justice.securityevents.infrastructure.ServiceStopped.TYPE
            , uk.gov.justice.securityevents.infrastructure.ResourceCreated.TYPE
            , uk.gov.justice.securityevents.infrastructure.ResourceDeleted.TYPE
            , uk.gov.justice.securityevents.infrastructure.ResourceRegistered.TYPE
            , uk.gov.justice.securityevents.infrastructure.ResourceDeregistered.TYPE
            , uk.gov.justice.securityevents.infrastructure.ResourceSuspended.TYPE
            , uk.gov.justice.securityevents.infrastructure.ResourceResumed.TYPE
            , uk.gov.justice.securityevents.infrastructure.SoftwareUpdate.TYPE
            , uk.gov.justice.securityevents.infrastructure.PatchStateReported.TYPE
            , uk.gov.justice.securityevents.infrastructure.IpAddressAllocated.TYPE
            , uk.gov.justice.securityevents.infrastructure.IpAddressReleased.TYPE
            , uk.gov.justice.securityevents.infrastructure.FirewallRuleChanged.TYPE
            , uk.gov.justice.securityevents.infrastructure.RoutingRuleChanged.TYPE
            , uk.gov.justice.securityevents.infrastructure.NetworkChanged.TYPE
            , uk.gov.justice.securityevents.dns.DnsQuery.TYPE
            , uk.gov.justice.securityevents.dns.DnsRecursiveLookup.TYPE
            , uk.gov.justice.securityevents.dns.DnsRegistration.TYPE
            , uk.gov.justice.securityevents.dns.DnsDeregistration.TYPE
            , uk.gov.justice.securityevents.network.InboundConnectionAccepted.TYPE
            , uk.gov.justice.securityevents.network.InboundConnectionRejected.TYPE
            , uk.gov.justice.securityevents.network.OutboundConnectionFailure.TYPE
            , uk.gov.justice.securityevents.contextual.SecurityDetection.TYPE
            , uk.gov.justice.securityevents.contextual.SecurityControlStateChanged.TYPE
            , uk.gov.justice.securityevents.contextual.EncryptionStateReported.TYPE
            , uk.gov.justice.securityevents.activity.UserActivity.TYPE
            , uk.gov.justice.securityevents.activity.AccessDenied.TYPE
            , uk.gov.justice.securityevents.activity.AnonymousActivity.TYPE
            , uk.gov.justice.securityevents.activity.DataStoreQuery.TYPE
            , uk.gov.justice.securityevents.activity.PipelineResourceChanged.TYPE
            // infrastructure-catalogue-end
    );

    private EventCatalogue() {
    }

    /** Every event type, grouped by principle in MoJ order. */
    public static List<EventType> all() {
        List<EventType> sorted = new ArrayList<>(ALL);
        sorted.sort((a, b) -> a.principle().compareTo(b.principle()));
        return Collections.unmodifiableList(sorted);
    }

    /** Event types by principle item; every item has at least one. */
    public static Map<Principle, List<EventType>> byPrinciple() {
        Map<Principle, List<EventType>> map = new EnumMap<>(Principle.class);
        for (EventType t : all()) {
            map.computeIfAbsent(t.principle(), p -> new ArrayList<>()).add(t);
        }
        return map;
    }
}
