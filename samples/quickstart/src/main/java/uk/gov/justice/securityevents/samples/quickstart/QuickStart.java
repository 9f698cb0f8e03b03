package uk.gov.justice.securityevents.samples.quickstart;

import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.EventCatalogue;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEvents;
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
import uk.gov.justice.securityevents.activity.AccessDenied;
import uk.gov.justice.securityevents.activity.AnonymousActivity;
import uk.gov.justice.securityevents.activity.ApiAction;
import uk.gov.justice.securityevents.activity.DataStoreQuery;
import uk.gov.justice.securityevents.activity.PipelineResourceChanged;
import uk.gov.justice.securityevents.activity.UserActivity;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.authentication.LoginSuccess;
import uk.gov.justice.securityevents.authentication.Logout;
import uk.gov.justice.securityevents.authentication.MfaFailure;
import uk.gov.justice.securityevents.authentication.MfaSuccess;
import uk.gov.justice.securityevents.authentication.SessionClosed;
import uk.gov.justice.securityevents.authentication.SessionCreated;
import uk.gov.justice.securityevents.authentication.SessionExpired;
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
import uk.gov.justice.securityevents.contextual.EncryptionStateReported;
import uk.gov.justice.securityevents.contextual.SecurityControlStateChanged;
import uk.gov.justice.securityevents.contextual.SecurityDetection;
import uk.gov.justice.securityevents.dns.DnsDeregistration;
import uk.gov.justice.securityevents.dns.DnsQuery;
import uk.gov.justice.securityevents.dns.DnsRecursiveLookup;
import uk.gov.justice.securityevents.dns.DnsRegistration;
import uk.gov.justice.securityevents.dns.DnsResponseCode;
import uk.gov.justice.securityevents.infrastructure.FirewallRuleChanged;
import uk.gov.justice.securityevents.infrastructure.IpAddressAllocated;
import uk.gov.justice.securityevents.infrastructure.IpAddressReleased;
import uk.gov.justice.securityevents.infrastructure.NetworkChanged;
import uk.gov.justice.securityevents.infrastructure.PatchStateReported;
import uk.gov.justice.securityevents.infrastructure.PowerStateChanged;
import uk.gov.justice.securityevents.infrastructure.ResourceCreated;
import uk.gov.justice.securityevents.infrastructure.ResourceDeleted;
import uk.gov.justice.securityevents.infrastructure.ResourceDeregistered;
import uk.gov.justice.securityevents.infrastructure.ResourceRegistered;
import uk.gov.justice.securityevents.infrastructure.ResourceResumed;
import uk.gov.justice.securityevents.infrastructure.ResourceSuspended;
import uk.gov.justice.securityevents.infrastructure.RoutingRuleChanged;
import uk.gov.justice.securityevents.infrastructure.RuleChangedEvent;
import uk.gov.justice.securityevents.infrastructure.ServiceStarted;
import uk.gov.justice.securityevents.infrastructure.ServiceStopped;
import uk.gov.justice.securityevents.infrastructure.SoftwareUpdate;
import uk.gov.justice.securityevents.model.Actor;
import uk.gov.justice.securityevents.model.Application;
import uk.gov.justice.securityevents.model.AuthFactor;
import uk.gov.justice.securityevents.model.Device;
import uk.gov.justice.securityevents.model.DeviceType;
import uk.gov.justice.securityevents.model.DnsAnswer;
import uk.gov.justice.securityevents.model.DnsQuestion;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.FactorType;
import uk.gov.justice.securityevents.model.Group;
import uk.gov.justice.securityevents.model.OperatingSystem;
import uk.gov.justice.securityevents.model.PatchArticle;
import uk.gov.justice.securityevents.model.Resource;
import uk.gov.justice.securityevents.model.Session;
import uk.gov.justice.securityevents.model.User;
import uk.gov.justice.securityevents.model.UserType;
import uk.gov.justice.securityevents.network.InboundConnectionAccepted;
import uk.gov.justice.securityevents.network.InboundConnectionRejected;
import uk.gov.justice.securityevents.network.OutboundConnectionFailure;
import uk.gov.justice.securityevents.network.TransportProtocol;

/**
 * The quick-start demo: a day in the life of a case-management service and its platform, told as security events.
 * Each event goes through SLF4J and Logback; {@code logback.xml} puts the canonical OCSF NDJSON on standard output
 * and a human log on standard error. A summary of principle coverage goes to standard error at the end.
 */
public final class QuickStart {
    private static final Logger LOG = LoggerFactory.getLogger(QuickStart.class);

    private static final User JDOE = User.builder().uid("u-1001").name("jdoe").type(UserType.USER).build();
    private static final User ADMIN = User.builder().uid("a-42").name("asmith").type(UserType.ADMIN).build();
    private static final Endpoint BROWSER = Endpoint.of("198.51.100.7", 51544);
    private static final Endpoint CASE_API = Endpoint.builder().ip("198.51.100.20").port(443)
            .hostname("case-api.example.org").serviceName("case-api").build();
    private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final Device HOST = Device.builder().type(DeviceType.VIRTUAL).hostname("app-01.example.org")
            .uid("i-0abc123def4567890").ip("198.51.100.20").region("eu-west-2").build();

    private final Map<Principle, Integer> emitted = new EnumMap<>(Principle.class);
    private final Set<Class<?>> classes = new LinkedHashSet<>();

    private QuickStart() {
    }

    /**
     * Runs the scenario.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        QuickStart demo = new QuickStart();
        demo.authentication();
        demo.directoryAndAuthorisation();
        demo.infrastructure();
        demo.dnsAndNetwork();
        demo.contextualAndActivity();
        demo.summarise(System.err);
    }

    private void emit(SecurityEvent event) {
        EmittedEvent e = SecurityEvents.emit(event);
        emitted.merge(e.event().principle(), 1, Integer::sum);
        classes.add(event.getClass());
    }

    private void authentication() {
        LOG.info("jdoe mistypes a password, then signs in with a security key");
        Session session = Session.builder().uidFromRawId("JSESSIONID=8F3C2B1A9E").createdTime(null).mfa(true).build();
        emit(LoginFailure.builder().user(JDOE).sourceEndpoint(BROWSER).destinationEndpoint(CASE_API)
                .userAgent(FIREFOX).reason(LoginFailure.Reason.INVALID_CREDENTIALS).build());
        emit(MfaFailure.builder().user(JDOE).sourceEndpoint(BROWSER).factor(AuthFactor.of(FactorType.OTP))
                .reason(MfaFailure.Reason.CODE_EXPIRED).build());
        emit(MfaSuccess.builder().user(JDOE).sourceEndpoint(BROWSER)
                .factor(AuthFactor.of(FactorType.WEBAUTHN, "Security key")).build());
        emit(LoginSuccess.builder().user(JDOE).sourceEndpoint(BROWSER).destinationEndpoint(CASE_API)
                .userAgent(FIREFOX).session(session).priorFailureCount(1).mfa(true).build());
        emit(SessionCreated.builder().user(JDOE).session(session).sourceEndpoint(BROWSER).build());
        emit(SessionExpired.builder().user(JDOE).session(session).reason(SessionExpired.Reason.IDLE_TIMEOUT).build());
        emit(Logout.builder().user(JDOE).session(Session.fromRawId("JSESSIONID=11AA22BB33")).sourceEndpoint(BROWSER)
                .build());
        emit(SessionClosed.builder().user(JDOE).session(Session.fromRawId("JSESSIONID=44CC55DD66"))
                .actor(ADMIN).reason(SessionClosed.Reason.REVOKED_BY_ADMIN).build());
    }

    private void directoryAndAuthorisation() {
        LOG.info("an administrator onboards a new caseworker and manages groups and roles");
        User newStarter = User.builder().uid("u-2002").name("bcooper").type(UserType.USER).build();
        Group caseworkers = Group.of("g-10", "caseworkers");
        Group approvers = Group.of("g-11", "approvers").withPrivileges(List.of("approve-payments"));
        Group auditor = Group.of("r-7", "auditor");
        emit(AccountCreated.builder().user(newStarter).actor(ADMIN).sourceEndpoint(BROWSER).build());
        emit(MfaFactorEnabled.builder().user(newStarter).actor(newStarter)
                .factor(AuthFactor.of(FactorType.WEBAUTHN, "Security key")).build());
        emit(GroupCreated.builder().group(approvers).actor(ADMIN).build());
        emit(GroupModified.builder().group(approvers).changedAttributes(List.of("description")).actor(ADMIN).build());
        emit(GroupMemberAdded.builder().group(approvers).user(newStarter).privilegedGroup(true).actor(ADMIN).build());
        emit(GroupMemberRemoved.builder().group(caseworkers).user(JDOE).actor(ADMIN).build());
        emit(GroupDeleted.builder().group(Group.named("legacy-casework")).actor(ADMIN).build());
        emit(RoleCreated.builder().role(auditor).actor(ADMIN).build());
        emit(RoleModified.builder().role(auditor).actor(ADMIN).build());
        emit(RoleAssigned.builder().user(newStarter).roles(List.of("auditor")).actor(ADMIN).build());
        emit(RoleRevoked.builder().user(newStarter).roles(List.of("auditor")).actor(ADMIN).build());
        emit(RoleDeleted.builder().role(auditor).actor(ADMIN).build());
        emit(UserPrivilegesChanged.builder().user(newStarter).privileges(List.of("s3:GetObject"))
                .change(UserPrivilegesChanged.Change.GRANTED).actor(ADMIN).build());

        LOG.info("jdoe elevates to the production admin role for a change, then drops it");
        User prodAdmin = User.builder().uid("arn:aws:iam::111122223333:role/prod-admin").name("prod-admin")
                .type(UserType.ADMIN).build();
        emit(RoleElevation.builder().user(prodAdmin).actor(JDOE).elevatedRole("prod-admin")
                .correlationUid("chg-2291").build());
        emit(RoleElevationEnded.builder().user(prodAdmin).actor(JDOE).elevatedRole("prod-admin")
                .correlationUid("chg-2291").build());

        LOG.info("bcooper gets locked out, is reinstated, and resets credentials");
        emit(AccountLocked.builder().user(newStarter).reason(AccountLocked.Reason.MAX_RETRIES).build());
        emit(AccountReinstated.builder().user(newStarter).actor(ADMIN).how(AccountReinstated.How.UNLOCKED).build());
        emit(PasswordReset.builder().user(newStarter).actor(ADMIN).build());
        emit(PasswordChanged.builder().user(newStarter).actor(newStarter).build());
        emit(MfaRecoveryUsed.builder().user(newStarter).factor(AuthFactor.of(FactorType.OTP, "Backup codes"))
                .build());
        emit(MfaFactorReset.builder().user(newStarter).actor(ADMIN).factor(AuthFactor.of(FactorType.OTP)).build());
        emit(MfaFactorDisabled.builder().user(newStarter).actor(ADMIN).factor(AuthFactor.of(FactorType.SMS))
                .build());
    }

    private void infrastructure() {
        LOG.info("the platform boots a host, deploys the service and changes the network");
        Resource vm = Resource.of("vm", "i-0abc123def4567890", "app-01").withRegion("eu-west-2");
        emit(ResourceCreated.builder().entity(vm).actor(ADMIN).build());
        emit(PowerStateChanged.builder().state(PowerStateChanged.State.ON).host(HOST).build());
        emit(ResourceRegistered.builder().entity(Resource.of("kubernetes_node", "node-7f3a", "app-01")).build());
        emit(IpAddressAllocated.builder().clientIp("198.51.100.20").clientHostname("app-01.example.org")
                .leaseDuration(Duration.ofHours(8)).build());
        emit(ServiceStarted.builder().app(Application.of("case-api", "2.3.1", "Ministry of Justice")).build());
        emit(SoftwareUpdate.builder().app(Application.of("openssl", "3.0.13", "OpenSSL Project"))
                .action(SoftwareUpdate.Action.UPDATED).previousVersion("3.0.2").build());
        emit(PatchStateReported.builder().device(HOST)
                .os(OperatingSystem.of(OperatingSystem.Family.LINUX, "Ubuntu", "22.04.4"))
                .articles(List.of(PatchArticle.of("USN-6591-1", "OpenSSL vulnerabilities",
                        PatchArticle.InstallState.INSTALLED)))
                .build());
        emit(FirewallRuleChanged.builder().change(RuleChangedEvent.Change.CREATED)
                .rule("sgr-0123456789abcdef0", "allow-https-in").ruleText("allow tcp 0.0.0.0/0 -> 443").actor(ADMIN)
                .build());
        emit(RoutingRuleChanged.builder().change(RuleChangedEvent.Change.MODIFIED)
                .rule("r-rtb-0a1b2c3d-1080289494", "default-route").actor(ADMIN).build());
        emit(NetworkChanged.builder().change(NetworkChanged.Change.ADDED).kind(NetworkChanged.Kind.NETWORK_INTERFACE)
                .entity(Resource.of("network_interface", "eni-0a1b2c3d4e5f", "eth1")).actor(ADMIN).build());
        emit(ResourceSuspended.builder().entity(vm).comment("out of hours").build());
        emit(ResourceResumed.builder().entity(vm).comment("business hours").build());
        emit(ServiceStopped.builder().app(Application.of("case-api", "2.3.1")).build());
        emit(PowerStateChanged.builder().state(PowerStateChanged.State.REBOOT).host(HOST).build());
        emit(IpAddressReleased.builder().clientIp("198.51.100.20").build());
        emit(ResourceDeregistered.builder().entity(Resource.of("kubernetes_node", "node-7f3a", "app-01")).build());
        emit(ResourceDeleted.builder().entity(vm).actor(ADMIN).build());
    }

    private void dnsAndNetwork() {
        LOG.info("DNS and network traffic around the service");
        Endpoint resolver = Endpoint.builder().ip("198.51.100.53").port(53).hostname("resolver.example.org").build();
        Endpoint app = Endpoint.of("198.51.100.20", 40112);
        emit(DnsQuery.builder().query(DnsQuestion.of("api.example.org", "A"))
                .answers(List.of(DnsAnswer.of("203.0.113.80", "A", 300))).responseCode(DnsResponseCode.NOERROR)
                .client(app).server(resolver).build());
        emit(DnsQuery.builder().query(DnsQuestion.of("typo.example.org", "A")).responseCode(DnsResponseCode.NXDOMAIN)
                .client(app).server(resolver).build());
        emit(DnsRecursiveLookup.builder().query(DnsQuestion.of("api.example.org", "A"))
                .status(DnsRecursiveLookup.RecursionStatus.RESOLVED).recursionDesired(true).recursionAvailable(true)
                .responseCode(DnsResponseCode.NOERROR).server(resolver).build());
        emit(DnsRegistration.builder().hostname("app-01.example.org").address("198.51.100.20")
                .responseCode(DnsResponseCode.NOERROR).server(resolver).build());
        emit(DnsDeregistration.builder().hostname("app-01.example.org").address("198.51.100.20")
                .responseCode(DnsResponseCode.NOERROR).server(resolver).build());
        Endpoint sshd = Endpoint.builder().ip("198.51.100.20").port(22).serviceName("sshd").build();
        emit(InboundConnectionAccepted.builder().source(Endpoint.of("192.0.2.10", 50022)).destination(sshd)
                .protocol(TransportProtocol.TCP).build());
        emit(InboundConnectionRejected.builder().source(Endpoint.of("203.0.113.45", 51544)).destination(sshd)
                .protocol(TransportProtocol.TCP).reason(InboundConnectionRejected.Reason.BLOCKED).build());
        emit(OutboundConnectionFailure.builder().source(app)
                .destination(Endpoint.builder().ip("203.0.113.99").port(443).hostname("unknown.example.net").build())
                .protocol(TransportProtocol.TCP).reason(OutboundConnectionFailure.Reason.REFUSED).build());
    }

    private void contextualAndActivity() {
        LOG.info("application activity, a malware detection and a pipeline deployment");
        User caseworker = User.builder().uid("u-2002").name("bcooper").groups(List.of(Group.of("g-10", "caseworkers")))
                .build();
        emit(UserActivity.builder().actor(caseworker).action(ApiAction.READ).operation("GET /cases/{id}")
                .source(BROWSER).destination(CASE_API).httpStatus(200).responseLength(2048)
                .responseTime(Duration.ofMillis(37)).build());
        emit(AccessDenied.builder().actor(caseworker).action(ApiAction.DELETE).operation("DELETE /cases/{id}")
                .source(BROWSER).httpStatus(403).reason("MISSING_ROLE").build());
        emit(AnonymousActivity.builder().method("POST").client(Endpoint.of("203.0.113.45", 51544))
                .userAgent("CaseApp/4.1 (iOS 17.4)").url("https://case-api.example.org/public/enquiries")
                .requestLength(734).httpStatus(201).responseLength(88).responseTime(Duration.ofMillis(45)).build());
        emit(DataStoreQuery.builder().actor(User.ofUid("svc-case-api")).source(Endpoint.ip("198.51.100.20"))
                .storeName("casedb").query("SELECT id, status FROM cases WHERE owner_id = ?").responseSize(18_432)
                .responseTime(Duration.ofMillis(23)).build());
        emit(SecurityDetection.builder().findingUid("det-2026-0001").title("EICAR test file detected in upload")
                .malwareName("Eicar-Test-Signature").disposition(SecurityDetection.Disposition.QUARANTINED).build());
        emit(SecurityControlStateChanged.builder().app(Application.of("clamav", "1.3.1"))
                .state(SecurityControlStateChanged.State.ENABLED).build());
        emit(EncryptionStateReported.builder()
                .storage(EncryptionStateReported.StorageType.S3_BUCKET, "case-documents-prod")
                .state(EncryptionStateReported.State.ENCRYPTED).build());
        emit(PipelineResourceChanged.builder().actor(Actor.application("github-actions"))
                .change(PipelineResourceChanged.Change.CREATED).entity(Resource.of("bucket", null, "case-exports"))
                .repository("ministryofjustice/case-api").targetEnvironment("production").triggeredBy("jdoe").build());
    }

    private void summarise(PrintStream out) {
        int total = emitted.values().stream().mapToInt(Integer::intValue).sum();
        out.println();
        out.printf("Emitted %d events of %d classes (of %d in the catalogue) to standard output as OCSF 1.8.0 NDJSON.%n",
                total, classes.size(), EventCatalogue.all().size());
        for (Principle p : Principle.values()) {
            out.printf("  %-3s %-45s %3d event(s)%n", p.reference(), shorten(p.heading() + ": " + p.text()),
                    emitted.getOrDefault(p, 0));
        }
        for (EventType t : EventCatalogue.all()) {
            if (!classes.contains(t.javaClass())) {
                out.println("  not demonstrated: " + t.javaClass().getSimpleName());
            }
        }
    }

    private static String shorten(String s) {
        return s.length() <= 45 ? s : s.substring(0, 44) + "…";
    }
}
