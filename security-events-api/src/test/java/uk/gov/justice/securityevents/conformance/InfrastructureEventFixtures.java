package uk.gov.justice.securityevents.conformance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.activity.AccessDenied;
import uk.gov.justice.securityevents.activity.AnonymousActivity;
import uk.gov.justice.securityevents.activity.ApiAction;
import uk.gov.justice.securityevents.activity.DataStoreQuery;
import uk.gov.justice.securityevents.activity.PipelineResourceChanged;
import uk.gov.justice.securityevents.activity.UserActivity;
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
import uk.gov.justice.securityevents.model.Device;
import uk.gov.justice.securityevents.model.DeviceType;
import uk.gov.justice.securityevents.model.DnsAnswer;
import uk.gov.justice.securityevents.model.DnsQuestion;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.Group;
import uk.gov.justice.securityevents.model.HttpRequestInfo;
import uk.gov.justice.securityevents.model.OperatingSystem;
import uk.gov.justice.securityevents.model.PatchArticle;
import uk.gov.justice.securityevents.model.Resource;
import uk.gov.justice.securityevents.model.User;
import uk.gov.justice.securityevents.model.UserType;
import uk.gov.justice.securityevents.network.InboundConnectionAccepted;
import uk.gov.justice.securityevents.network.InboundConnectionRejected;
import uk.gov.justice.securityevents.network.OutboundConnectionFailure;
import uk.gov.justice.securityevents.network.TransportProtocol;

/**
 * Fixtures for the infrastructure, DNS, network, contextual and activity events: for every class one
 * {@code <Class>/required} (required fields only) and one {@code <Class>/full} (every field), plus one per other
 * classification variant. Values use documentation addresses (RFC 5737, RFC 3849) and example.org names.
 */
public final class InfrastructureEventFixtures {
    private InfrastructureEventFixtures() {
    }

    /** Every fixture. */
    public static List<EventFixture> all() {
        List<EventFixture> all = new ArrayList<>();
        entityManagement(all);
        applicationLifecycle(all);
        patchAndDhcp(all);
        dns(all);
        network(all);
        contextual(all);
        activity(all);
        return List.copyOf(all);
    }

    // --- shared sample values -----------------------------------------------------------------------------------

    static Device host() {
        return Device.builder().type(DeviceType.VIRTUAL).hostname("app-01.example.org").uid("i-0abc123def4567890")
                .ip("198.51.100.7").region("eu-west-2").build();
    }

    static User admin() {
        return User.builder().uid("u-1001").name("jdoe").type(UserType.ADMIN).domain("example.org").build();
    }

    static Actor pipeline() {
        return Actor.application("github-actions");
    }

    private static void add(List<EventFixture> all, String name, Supplier<SecurityEvent> factory) {
        all.add(new EventFixture(name, factory));
    }

    // --- infrastructure: entity management ------------------------------------------------------------------------

    private static void entityManagement(List<EventFixture> all) {
        add(all, "PowerStateChanged/required", () -> PowerStateChanged.builder()
                .state(PowerStateChanged.State.ON).host(Device.of(DeviceType.SERVER, "db-01.example.org")).build());
        add(all, "PowerStateChanged/full", () -> PowerStateChanged.builder()
                .state(PowerStateChanged.State.OFF).host(host()).actor(admin()).sourceEndpoint(Endpoint.ip("192.0.2.10"))
                .comment("CHG-2291 planned maintenance").message("host powered off").correlationUid("chg-2291")
                .build());
        for (PowerStateChanged.State s : PowerStateChanged.State.values()) {
            if (s != PowerStateChanged.State.ON && s != PowerStateChanged.State.OFF) {
                add(all, "PowerStateChanged/" + s.name().toLowerCase(java.util.Locale.ROOT), () -> PowerStateChanged
                        .builder().state(s).host(host()).build());
            }
        }
        Resource vm = Resource.of("vm", "i-0abc123def4567890", "app-01").withRegion("eu-west-2");
        Resource minimal = Resource.of("bucket", null, "case-documents-prod");
        add(all, "ResourceCreated/required", () -> ResourceCreated.builder().entity(minimal).build());
        add(all, "ResourceCreated/full", () -> ResourceCreated.builder().entity(vm.withVersion("ami-0123456789abcdef0"))
                .device(host()).actor(admin()).sourceEndpoint(Endpoint.ip("192.0.2.10")).comment("CHG-2290")
                .message("instance launched").build());
        add(all, "ResourceDeleted/required", () -> ResourceDeleted.builder().entity(minimal).build());
        add(all, "ResourceDeleted/full", () -> ResourceDeleted.builder().entity(vm).device(host()).actor(admin())
                .sourceEndpoint(Endpoint.ip("192.0.2.10")).comment("CHG-2295 decommission").build());
        add(all, "ResourceRegistered/required", () -> ResourceRegistered.builder().entity(minimal).build());
        add(all, "ResourceRegistered/full", () -> ResourceRegistered.builder()
                .entity(Resource.of("kubernetes_node", "node-7f3a", "ip-10-0-1-7")).device(host())
                .actor(pipeline()).sourceEndpoint(Endpoint.ip("2001:db8::10")).comment("autoscaling").build());
        add(all, "ResourceDeregistered/required", () -> ResourceDeregistered.builder().entity(minimal).build());
        add(all, "ResourceDeregistered/full", () -> ResourceDeregistered.builder()
                .entity(Resource.of("kubernetes_node", "node-7f3a", "ip-10-0-1-7")).device(host())
                .actor(pipeline()).sourceEndpoint(Endpoint.ip("2001:db8::10")).comment("scale-in").build());
        add(all, "ResourceSuspended/required", () -> ResourceSuspended.builder().entity(minimal).build());
        add(all, "ResourceSuspended/full", () -> ResourceSuspended.builder().entity(vm).device(host()).actor(admin())
                .sourceEndpoint(Endpoint.ip("192.0.2.10")).comment("out of hours").build());
        add(all, "ResourceResumed/required", () -> ResourceResumed.builder().entity(minimal).build());
        add(all, "ResourceResumed/full", () -> ResourceResumed.builder().entity(vm).device(host()).actor(admin())
                .sourceEndpoint(Endpoint.ip("192.0.2.10")).comment("business hours").build());

        add(all, "FirewallRuleChanged/required", () -> FirewallRuleChanged.builder()
                .change(RuleChangedEvent.Change.CREATED).rule("sgr-0123456789abcdef0", null).build());
        add(all, "FirewallRuleChanged/full", () -> FirewallRuleChanged.builder()
                .change(RuleChangedEvent.Change.MODIFIED).entity(Resource.of(FirewallRuleChanged.ENTITY_TYPE,
                        "sgr-0123456789abcdef0", "allow-https-in").withVersion("3").withRegion("eu-west-2"))
                .ruleText("allow tcp 0.0.0.0/0 -> 443").device(host()).actor(admin())
                .sourceEndpoint(Endpoint.ip("192.0.2.10")).comment("CHG-2301").build());
        add(all, "FirewallRuleChanged/deleted", () -> FirewallRuleChanged.builder()
                .change(RuleChangedEvent.Change.DELETED).rule("sgr-0123456789abcdef0", "allow-https-in").build());
        add(all, "RoutingRuleChanged/required", () -> RoutingRuleChanged.builder()
                .change(RuleChangedEvent.Change.CREATED).rule(null, "rtb-0a1b2c3d/0.0.0.0/0").build());
        add(all, "RoutingRuleChanged/full", () -> RoutingRuleChanged.builder()
                .change(RuleChangedEvent.Change.MODIFIED).rule("r-rtb-0a1b2c3d-1080289494", "default-route")
                .ruleText("0.0.0.0/0 via nat-0123456789abcdef0").device(host()).actor(admin())
                .sourceEndpoint(Endpoint.ip("192.0.2.10")).comment("CHG-2302").build());
        add(all, "RoutingRuleChanged/deleted", () -> RoutingRuleChanged.builder()
                .change(RuleChangedEvent.Change.DELETED).rule("r-rtb-0a1b2c3d-1080289494", null).build());

        add(all, "NetworkChanged/required", () -> NetworkChanged.builder().change(NetworkChanged.Change.ADDED)
                .kind(NetworkChanged.Kind.VIRTUAL_NETWORK).entity(Resource.of("vpc", "vpc-0a1b2c3d", null)).build());
        add(all, "NetworkChanged/full", () -> NetworkChanged.builder().change(NetworkChanged.Change.MODIFIED)
                .kind(NetworkChanged.Kind.NETWORK_INTERFACE)
                .entity(Resource.of("network_interface", "eni-0a1b2c3d4e5f", "eth1").withRegion("eu-west-2"))
                .device(host()).actor(admin()).sourceEndpoint(Endpoint.ip("192.0.2.10")).comment("CHG-2303")
                .build());
        add(all, "NetworkChanged/removed", () -> NetworkChanged.builder().change(NetworkChanged.Change.REMOVED)
                .kind(NetworkChanged.Kind.SUBNET).entity(Resource.of("subnet", "subnet-0a1b2c3d", "private-a"))
                .build());
    }

    // --- infrastructure: application lifecycle --------------------------------------------------------------------

    private static void applicationLifecycle(List<EventFixture> all) {
        Application app = Application.of("case-api", null);
        Application full = Application.of("case-api", "2.3.1", "Ministry of Justice")
                .withUid("pkg:maven/uk.gov.justice/case-api@2.3.1");
        add(all, "ServiceStarted/required", () -> ServiceStarted.builder().app(app).build());
        add(all, "ServiceStarted/full", () -> ServiceStarted.builder().app(full).actor(pipeline())
                .message("started in 4.2 s").build());
        add(all, "ServiceStopped/required", () -> ServiceStopped.builder().app(app).build());
        add(all, "ServiceStopped/full", () -> ServiceStopped.builder().app(full).actor(admin())
                .message("SIGTERM").build());
        Application openssl = Application.of("openssl", "3.0.13", "OpenSSL Project");
        add(all, "SoftwareUpdate/required", () -> SoftwareUpdate.builder().app(Application.of("openssl", null))
                .action(SoftwareUpdate.Action.INSTALLED).build());
        add(all, "SoftwareUpdate/full", () -> SoftwareUpdate.builder().app(openssl)
                .action(SoftwareUpdate.Action.UPDATED).previousVersion("3.0.2").actor(pipeline()).build());
        add(all, "SoftwareUpdate/removed", () -> SoftwareUpdate.builder().app(openssl)
                .action(SoftwareUpdate.Action.REMOVED).build());
        add(all, "SoftwareUpdate/failed", () -> SoftwareUpdate.builder().app(openssl)
                .action(SoftwareUpdate.Action.FAILED).previousVersion("3.0.2").failureReason("CHECKSUM_MISMATCH")
                .build());
    }

    // --- infrastructure: patch state and DHCP ---------------------------------------------------------------------

    private static void patchAndDhcp(List<EventFixture> all) {
        OperatingSystem ubuntu = OperatingSystem.of(OperatingSystem.Family.LINUX, "Ubuntu", "22.04.4");
        add(all, "PatchStateReported/required", () -> PatchStateReported.builder()
                .device(Device.of(DeviceType.SERVER, "app-01.example.org")).os(ubuntu).build());
        add(all, "PatchStateReported/full", () -> PatchStateReported.builder().device(host()).os(ubuntu)
                .articles(List.of(
                        PatchArticle.of("USN-6591-1", "OpenSSL vulnerabilities", PatchArticle.InstallState.INSTALLED),
                        PatchArticle.of("USN-6600-1", "Linux kernel vulnerabilities",
                                PatchArticle.InstallState.INSTALLED_PENDING_REBOOT),
                        PatchArticle.of("USN-6610-1", null, PatchArticle.InstallState.NOT_INSTALLED)))
                .message("weekly patch report").build());

        add(all, "IpAddressAllocated/required", () -> IpAddressAllocated.builder().clientIp("198.51.100.23").build());
        add(all, "IpAddressAllocated/full", () -> IpAddressAllocated.builder().clientIp("198.51.100.23")
                .clientHostname("laptop-042.example.org").clientMac("00:1a:2b:3c:4d:5e")
                .server(Endpoint.builder().ip("198.51.100.1").port(67).hostname("dhcp-01.example.org").build())
                .leaseDuration(Duration.ofHours(8)).renewal(true).transactionUid("0x3903f326").build());
        add(all, "IpAddressReleased/required", () -> IpAddressReleased.builder().clientIp("2001:db8::23").build());
        add(all, "IpAddressReleased/full", () -> IpAddressReleased.builder().clientIp("198.51.100.23")
                .clientHostname("laptop-042.example.org").clientMac("00-1A-2B-3C-4D-5E")
                .server(Endpoint.of("198.51.100.1", 67)).leaseDuration(Duration.ofHours(8)).renewal(false)
                .transactionUid("0x3903f327").build());
    }

    // --- DNS ------------------------------------------------------------------------------------------------------

    private static void dns(List<EventFixture> all) {
        DnsQuestion question = DnsQuestion.of("www.example.org", "A");
        Endpoint client = Endpoint.of("198.51.100.23", 53124);
        Endpoint resolver = Endpoint.builder().ip("198.51.100.53").port(53).hostname("resolver.example.org").build();
        List<DnsAnswer> answers = List.of(DnsAnswer.of("203.0.113.80", "A", 300));
        add(all, "DnsQuery/required", () -> DnsQuery.builder().query(question).responseCode(DnsResponseCode.NOERROR)
                .client(client).build());
        add(all, "DnsQuery/full", () -> DnsQuery.builder().query(question).answers(answers)
                .responseCode(DnsResponseCode.NOERROR).client(client).server(resolver).message("resolved").build());
        add(all, "DnsQuery/failed", () -> DnsQuery.builder().query(DnsQuestion.of("nosuchhost.example.org", "AAAA"))
                .responseCode(DnsResponseCode.NXDOMAIN).client(client).server(resolver).build());

        add(all, "DnsRecursiveLookup/required", () -> DnsRecursiveLookup.builder().query(question)
                .status(DnsRecursiveLookup.RecursionStatus.RESOLVED).server(resolver).build());
        add(all, "DnsRecursiveLookup/full", () -> DnsRecursiveLookup.builder().query(question).answers(answers)
                .responseCode(DnsResponseCode.NOERROR).status(DnsRecursiveLookup.RecursionStatus.RESOLVED)
                .recursionDesired(true).recursionAvailable(true).client(client).server(resolver).build());
        add(all, "DnsRecursiveLookup/failed", () -> DnsRecursiveLookup.builder().query(question)
                .responseCode(DnsResponseCode.REFUSED).status(DnsRecursiveLookup.RecursionStatus.REFUSED)
                .recursionDesired(true).recursionAvailable(false).client(client).server(resolver).build());

        add(all, "DnsRegistration/required", () -> DnsRegistration.builder().hostname("laptop-042.example.org")
                .build());
        add(all, "DnsRegistration/full", () -> DnsRegistration.builder().hostname("laptop-042.example.org")
                .address("2001:db8::42").answers(List.of(DnsAnswer.of("2001:db8::42", "AAAA", 1200)))
                .responseCode(DnsResponseCode.NOERROR).server(Endpoint.of("198.51.100.53", 53)).build());
        add(all, "DnsRegistration/failed", () -> DnsRegistration.builder().hostname("dc-01.example.org")
                .address("198.51.100.99").responseCode(DnsResponseCode.REFUSED)
                .server(Endpoint.of("198.51.100.53", 53)).build());
        add(all, "DnsDeregistration/required", () -> DnsDeregistration.builder().hostname("laptop-042.example.org")
                .build());
        add(all, "DnsDeregistration/full", () -> DnsDeregistration.builder().hostname("laptop-042.example.org")
                .address("198.51.100.42").responseCode(DnsResponseCode.NOERROR)
                .client(Endpoint.builder().ip("198.51.100.1").hostname("dhcp-01.example.org").build())
                .server(Endpoint.of("198.51.100.53", 53)).build());
        add(all, "DnsDeregistration/failed", () -> DnsDeregistration.builder().hostname("laptop-042.example.org")
                .responseCode(DnsResponseCode.NOTAUTH).server(Endpoint.of("198.51.100.53", 53)).build());
    }

    // --- network --------------------------------------------------------------------------------------------------

    private static void network(List<EventFixture> all) {
        Endpoint client = Endpoint.of("203.0.113.45", 51544);
        Endpoint daemon = Endpoint.builder().ip("198.51.100.7").port(22).serviceName("sshd").build();
        add(all, "InboundConnectionAccepted/required", () -> InboundConnectionAccepted.builder().source(client)
                .destination(daemon).build());
        add(all, "InboundConnectionAccepted/full", () -> InboundConnectionAccepted.builder().source(client)
                .destination(daemon).protocol(TransportProtocol.TCP).connectionUid("conn-9f1c").build());
        add(all, "InboundConnectionRejected/required", () -> InboundConnectionRejected.builder().source(client)
                .destination(daemon).reason(InboundConnectionRejected.Reason.BLOCKED).build());
        add(all, "InboundConnectionRejected/full", () -> InboundConnectionRejected.builder()
                .source(Endpoint.of("2001:db8::45", 51544)).destination(Endpoint.of("2001:db8::7", 443))
                .protocol(TransportProtocol.TCP).connectionUid("conn-9f1d")
                .reason(InboundConnectionRejected.Reason.UNAUTHORIZED).message("client certificate missing").build());
        Endpoint upstream = Endpoint.builder().ip("203.0.113.80").port(443).hostname("api.example.org").build();
        add(all, "OutboundConnectionFailure/required", () -> OutboundConnectionFailure.builder()
                .source(Endpoint.ip("198.51.100.7")).destination(upstream)
                .reason(OutboundConnectionFailure.Reason.TIMEOUT).build());
        add(all, "OutboundConnectionFailure/full", () -> OutboundConnectionFailure.builder()
                .source(Endpoint.of("198.51.100.7", 40112)).destination(upstream).protocol(TransportProtocol.TCP)
                .connectionUid("conn-9f1e").reason(OutboundConnectionFailure.Reason.TLS_FAILURE)
                .inboundRequestAssociated(true).message("PKIX path building failed").build());
    }

    // --- contextual -----------------------------------------------------------------------------------------------

    private static void contextual(List<EventFixture> all) {
        add(all, "SecurityDetection/required", () -> SecurityDetection.builder().findingUid("det-2026-0001")
                .title("Malware detected in upload").build());
        add(all, "SecurityDetection/full", () -> SecurityDetection.builder().findingUid("det-2026-0002")
                .title("EICAR test file detected in upload").analyticName("ClamAV Eicar-Signature")
                .types(List.of("Malware")).malwareName("Eicar-Test-Signature").affectedDevice(host())
                .disposition(SecurityDetection.Disposition.QUARANTINED).message("upload quarantined").build());

        Application edr = Application.of("CrowdStrike Falcon Sensor", "7.10.18110", "CrowdStrike");
        add(all, "SecurityControlStateChanged/required", () -> SecurityControlStateChanged.builder()
                .app(Application.of("falcon-sensor", null)).state(SecurityControlStateChanged.State.ENABLED).build());
        add(all, "SecurityControlStateChanged/full", () -> SecurityControlStateChanged.builder().app(edr)
                .state(SecurityControlStateChanged.State.DISABLED).actor(admin()).message("sensor unloaded").build());
        add(all, "SecurityControlStateChanged/tampered", () -> SecurityControlStateChanged.builder().app(edr)
                .state(SecurityControlStateChanged.State.TAMPERED).build());

        add(all, "EncryptionStateReported/required", () -> EncryptionStateReported.builder()
                .storage(EncryptionStateReported.StorageType.S3_BUCKET, "case-documents-prod")
                .state(EncryptionStateReported.State.ENCRYPTED).build());
        add(all, "EncryptionStateReported/full", () -> EncryptionStateReported.builder()
                .storage(EncryptionStateReported.StorageType.VOLUME, "app-01-data")
                .storageUid("vol-0a1b2c3d4e5f67890").region("eu-west-2")
                .state(EncryptionStateReported.State.NOT_ENCRYPTED).algorithm(EncryptionStateReported.Algorithm.AES)
                .keyLength(256).keyUid("arn:aws:kms:eu-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")
                .encryptionType("SSE-KMS").message("weekly encryption scan").build());
    }

    // --- activity -------------------------------------------------------------------------------------------------

    private static void activity(List<EventFixture> all) {
        User caseworker = User.builder().uid("u-2002").name("asmith")
                .groups(List.of(Group.of("g-10", "caseworkers"), Group.of("g-11", "approvers"))).build();
        Endpoint caller = Endpoint.of("203.0.113.45", 51544);
        Endpoint service = Endpoint.builder().ip("198.51.100.7").port(443).hostname("case-api.example.org").build();
        add(all, "UserActivity/required", () -> UserActivity.builder().actor(User.ofUid("u-2002"))
                .action(ApiAction.READ).operation("GET /cases/{id}").source(caller).build());
        add(all, "UserActivity/full", () -> UserActivity.builder().actor(caseworker).action(ApiAction.UPDATE)
                .operation("PUT /cases/{id}").requestUid("req-7f3a9c").source(caller).destination(service)
                .httpRequest(HttpRequestInfo.of("PUT", "https://case-api.example.org/cases/C-1042")
                        .withUserAgent("Mozilla/5.0").withLength(512))
                .httpStatus(200).responseLength(2048).responseTime(Duration.ofMillis(137))
                .resources(List.of(Resource.of("case", "C-1042", null))).build());
        for (ApiAction a : List.of(ApiAction.CREATE, ApiAction.DELETE)) {
            add(all, "UserActivity/" + a.name().toLowerCase(java.util.Locale.ROOT), () -> UserActivity.builder()
                    .actor(caseworker).action(a).operation(a.activityName() + " case").source(caller).build());
        }
        add(all, "AccessDenied/required", () -> AccessDenied.builder().anonymous().action(ApiAction.READ)
                .operation("GET /admin/users").source(caller).build());
        add(all, "AccessDenied/full", () -> AccessDenied.builder().actor(caseworker).action(ApiAction.DELETE)
                .operation("DELETE /cases/{id}").requestUid("req-7f3a9d").source(caller).destination(service)
                .httpRequest(HttpRequestInfo.of("DELETE", "https://case-api.example.org/cases/C-1042"))
                .httpStatus(403).responseLength(96).responseTime(Duration.ofMillis(12))
                .resources(List.of(Resource.of("case", "C-1042", null))).reason("MISSING_ROLE").build());
        for (ApiAction a : List.of(ApiAction.CREATE, ApiAction.UPDATE)) {
            add(all, "AccessDenied/" + a.name().toLowerCase(java.util.Locale.ROOT), () -> AccessDenied.builder()
                    .actor(caseworker).action(a).operation(a.activityName() + " case").source(caller).build());
        }

        add(all, "AnonymousActivity/required", () -> AnonymousActivity.builder().method("GET").client(caller)
                .build());
        add(all, "AnonymousActivity/full", () -> AnonymousActivity.builder().method("POST").client(caller)
                .clientId("mobile-app-ios").userAgent("CaseApp/4.1 (iOS 17.4)").destination(service)
                .url("https://case-api.example.org/public/enquiries").requestLength(734).httpStatus(201)
                .responseLength(88).responseTime(Duration.ofMillis(45)).build());
        add(all, "AnonymousActivity/failed", () -> AnonymousActivity.builder().method("GET").client(caller)
                .url("https://case-api.example.org/public/enquiries/9999").httpStatus(404).build());
        add(all, "AnonymousActivity/other-method", () -> AnonymousActivity.builder().method("PROPFIND")
                .client(caller).httpStatus(405).build());
        for (String m : List.of("CONNECT", "DELETE", "HEAD", "OPTIONS", "PUT", "TRACE", "PATCH")) {
            add(all, "AnonymousActivity/" + m, () -> AnonymousActivity.builder().method(m).client(caller)
                    .httpStatus(200).build());
        }

        add(all, "DataStoreQuery/required", () -> DataStoreQuery.builder().actor(User.ofUid("svc-case-api"))
                .source(Endpoint.ip("198.51.100.7")).storeName("casedb").query("SELECT * FROM cases WHERE id = ?")
                .build());
        add(all, "DataStoreQuery/full", () -> DataStoreQuery.builder()
                .actor(User.builder().uid("svc-case-api").name("case_api").type(UserType.SERVICE).build())
                .credentialUid("AKIAIOSFODNN7EXAMPLE").source(Endpoint.of("198.51.100.7", 40522))
                .destination(Endpoint.builder().ip("198.51.100.20").port(5432).hostname("casedb.example.org").build())
                .storeUid("arn:aws:rds:eu-west-2:111122223333:db:casedb").storeName("casedb")
                .storeType(DataStoreQuery.StoreType.RELATIONAL)
                .query("SELECT id, status FROM cases WHERE owner_id = ?").queryName("findCasesByOwner")
                .responseSize(18_432)
                .responseTime(Duration.ofMillis(23)).build());

        add(all, "PipelineResourceChanged/required", () -> PipelineResourceChanged.builder().actor(pipeline())
                .change(PipelineResourceChanged.Change.CREATED).entity(Resource.of("bucket", null, "case-exports"))
                .repository("ministryofjustice/case-api").targetEnvironment("production").build());
        add(all, "PipelineResourceChanged/full", () -> PipelineResourceChanged.builder()
                .actor(Actor.user(User.builder().uid("github-actions[bot]").type(UserType.SERVICE).build()))
                .change(PipelineResourceChanged.Change.CREATED)
                .entity(Resource.of("rds_instance", "db-ABCDEFGHIJKL", "casedb").withRegion("eu-west-2"))
                .sourceEndpoint(Endpoint.ip("192.0.2.200")).comment("terraform apply run 1234")
                .repository("ministryofjustice/case-api").targetEnvironment("production").triggeredBy("jdoe")
                .build());
        add(all, "PipelineResourceChanged/destroyed", () -> PipelineResourceChanged.builder().actor(pipeline())
                .change(PipelineResourceChanged.Change.DESTROYED).entity(Resource.of("bucket", null, "case-exports"))
                .repository("ministryofjustice/case-api").targetEnvironment("staging").build());
    }
}
