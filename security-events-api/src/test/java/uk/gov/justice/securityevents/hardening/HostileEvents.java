package uk.gov.justice.securityevents.hardening;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.account.AccountLocked;
import uk.gov.justice.securityevents.activity.AnonymousActivity;
import uk.gov.justice.securityevents.activity.ApiAction;
import uk.gov.justice.securityevents.activity.DataStoreQuery;
import uk.gov.justice.securityevents.activity.PipelineResourceChanged;
import uk.gov.justice.securityevents.activity.UserActivity;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.authorisation.GroupMemberAdded;
import uk.gov.justice.securityevents.contextual.EncryptionStateReported;
import uk.gov.justice.securityevents.contextual.SecurityDetection;
import uk.gov.justice.securityevents.dns.DnsQuery;
import uk.gov.justice.securityevents.dns.DnsResponseCode;
import uk.gov.justice.securityevents.infrastructure.FirewallRuleChanged;
import uk.gov.justice.securityevents.infrastructure.IpAddressAllocated;
import uk.gov.justice.securityevents.infrastructure.PatchStateReported;
import uk.gov.justice.securityevents.infrastructure.RuleChangedEvent;
import uk.gov.justice.securityevents.infrastructure.ServiceStarted;
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
import uk.gov.justice.securityevents.network.InboundConnectionRejected;

/**
 * One representative event per OCSF family the SDK writes, built from the fixtures' shapes with an arbitrary string in
 * every string field the builder accepts free text for. Each string's JSON pointer is recorded so the property can
 * check it parses back.
 */
final class HostileEvents {
    /** A string placed in the event: where it lands, what it was, and whether it is free text (scrubbed). */
    record Placed(String pointer, String input, boolean freeText) {
    }

    /** Hands out random strings and records where each goes. */
    static final class Strings {
        private final SplittableRandom random;
        private final boolean small;
        final List<Placed> placed = new ArrayList<>();

        Strings(SplittableRandom random) {
            this(random, false);
        }

        /** With {@code small}, no string is longer than 300 chars (for properties about something else). */
        Strings(SplittableRandom random, boolean small) {
            this.random = random;
            this.small = small;
        }

        /** An arbitrary non-blank string for a plain field at {@code pointer}. */
        String plain(String pointer) {
            String s = HostileStrings.nonBlank(random, small);
            placed.add(new Placed(pointer, s, false));
            return s;
        }

        /**
         * A random but well-formed e-mail address (OCSF {@code email_t}): the builder does not check the format, so
         * an arbitrary string there would give an invalid event (reported in docs/security.md as open).
         */
        String email(String pointer) {
            StringBuilder local = new StringBuilder();
            for (int i = 1 + random.nextInt(20); i > 0; i--) {
                local.append("abcdefghijklmnopqrstuvwxyz0123456789.!#$%&'*+/=?^_`{|}~-".charAt(random.nextInt(56)));
            }
            String s = local + "@example.org";
            placed.add(new Placed(pointer, s, false));
            return s;
        }

        /** A free-text string the event class itself cuts to {@code max} chars at build time (rule text). */
        String textCutByEvent(String pointer, int max) {
            String s = HostileStrings.nonBlank(random, small);
            String cut = s;
            if (s.length() > max) {
                int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
                cut = s.substring(0, end);
            }
            placed.add(new Placed(pointer, cut, true));
            return s;
        }

        /** An arbitrary non-blank string for a free-text field at {@code pointer}. */
        String text(String pointer) {
            String s = HostileStrings.nonBlank(random, small);
            placed.add(new Placed(pointer, s, true));
            return s;
        }
    }

    /** A family: a name and how to build its event from strings. */
    record Family(String name, Function<Strings, SecurityEvent> build) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Endpoint IP = Endpoint.of("198.51.100.7", 51544);

    private HostileEvents() {
    }

    private static User user(Strings s, String at) {
        return User.builder().uid(s.plain(at + "/uid")).name(s.plain(at + "/name")).domain(s.plain(at + "/domain"))
                .emailAddress(s.email(at + "/email_addr")).build();
    }

    private static Endpoint endpoint(Strings s, String at) {
        return Endpoint.builder().ip("2001:db8::7").port(443).hostname(s.plain(at + "/hostname"))
                .serviceName(s.plain(at + "/svc_name")).build();
    }

    /** Every family. */
    static List<Family> all() {
        return List.of(
                new Family("Authentication/LoginFailure", s -> LoginFailure.builder().user(user(s, "/user"))
                        .reason(LoginFailure.Reason.INVALID_CREDENTIALS).userAgent(s.text("/http_request/user_agent"))
                        .sourceEndpoint(endpoint(s, "/src_endpoint")).message(s.text("/message")).build()),
                new Family("GroupManagement/GroupMemberAdded", s -> GroupMemberAdded.builder()
                        .group(Group.of(s.plain("/group/uid"), s.plain("/group/name"))).user(user(s, "/user"))
                        .privileges(List.of(s.plain("/privileges/0"), s.plain("/privileges/1")))
                        .message(s.text("/message")).build()),
                new Family("AccountChange/AccountLocked", s -> AccountLocked.builder().user(user(s, "/user"))
                        .reason(AccountLocked.Reason.MAX_RETRIES).message(s.text("/message")).build()),
                new Family("EntityManagement/FirewallRuleChanged", s -> FirewallRuleChanged.builder()
                        .change(RuleChangedEvent.Change.MODIFIED).rule(s.plain("/entity/uid"), s.plain("/entity/name"))
                        .ruleText(s.textCutByEvent("/entity/data/rule", RuleChangedEvent.MAX_RULE_TEXT_LENGTH)).comment(s.text("/comment"))
                        .device(Device.of(DeviceType.SERVER, s.plain("/entity/device/hostname")))
                        .message(s.text("/message")).build()),
                new Family("ApplicationLifecycle/ServiceStarted", s -> ServiceStarted.builder()
                        .app(Application.of(s.plain("/app/name"), s.plain("/app/version"), s.plain("/app/vendor_name")))
                        .message(s.text("/message")).build()),
                new Family("PatchState/PatchStateReported", s -> PatchStateReported.builder()
                        .device(Device.of(DeviceType.SERVER, s.plain("/device/hostname")))
                        .os(OperatingSystem.of(OperatingSystem.Family.LINUX, s.plain("/device/os/name"),
                                s.plain("/device/os/version")))
                        .articles(List.of(PatchArticle.of(s.plain("/kb_article_list/0/uid"),
                                s.plain("/kb_article_list/0/title"), PatchArticle.InstallState.INSTALLED)))
                        .message(s.text("/message")).build()),
                new Family("Dhcp/IpAddressAllocated", s -> IpAddressAllocated.builder().clientIp("198.51.100.23")
                        .clientHostname(s.plain("/src_endpoint/hostname"))
                        .transactionUid(s.plain("/transaction_uid")).message(s.text("/message")).build()),
                new Family("Dns/DnsQuery", s -> DnsQuery.builder()
                        .query(DnsQuestion.of(s.plain("/query/hostname"), s.plain("/query/type")))
                        .answers(List.of(DnsAnswer.of(s.plain("/answers/0/rdata"), s.plain("/answers/0/type"), 60)))
                        .responseCode(DnsResponseCode.NOERROR).client(IP).message(s.text("/message")).build()),
                new Family("Network/InboundConnectionRejected", s -> InboundConnectionRejected.builder()
                        .source(endpoint(s, "/src_endpoint")).destination(endpoint(s, "/dst_endpoint"))
                        .connectionUid(s.plain("/connection_info/uid"))
                        .reason(InboundConnectionRejected.Reason.BLOCKED).message(s.text("/message")).build()),
                new Family("DetectionFinding/SecurityDetection", s -> SecurityDetection.builder()
                        .findingUid(s.plain("/finding_info/uid")).title(s.text("/finding_info/title"))
                        .analyticName(s.plain("/finding_info/analytic/name"))
                        .types(List.of(s.plain("/finding_info/types/0")))
                        .malwareName(s.text("/unmapped/malware_name")).message(s.text("/message")).build()),
                new Family("CloudInventory/EncryptionStateReported", s -> EncryptionStateReported.builder()
                        .storage(EncryptionStateReported.StorageType.S3_BUCKET, s.plain("/databucket/name"))
                        .storageUid(s.plain("/databucket/uid")).keyUid(s.plain("/databucket/encryption_details/key_uid"))
                        .state(EncryptionStateReported.State.ENCRYPTED).message(s.text("/message")).build()),
                new Family("ApiActivity/UserActivity", s -> UserActivity.builder().actor(user(s, "/actor/user"))
                        .action(ApiAction.READ).operation(s.text("/api/operation"))
                        .requestUid(s.plain("/api/request/uid")).source(IP)
                        .httpRequest(HttpRequestInfo.of("GET", s.text("/http_request/url/url_string"))
                                .withUserAgent(s.text("/http_request/user_agent")))
                        .resources(List.of(Resource.of("case", s.plain("/resources/0/uid"), s.plain("/resources/0/name"))))
                        .message(s.text("/message")).build()),
                new Family("HttpActivity/AnonymousActivity", s -> AnonymousActivity.builder().method("GET").client(IP)
                        .clientId(s.text("/unmapped/client_id")).userAgent(s.text("/http_request/user_agent"))
                        .url(s.text("/http_request/url/url_string")).httpStatus(200).message(s.text("/message"))
                        .build()),
                new Family("DatastoreActivity/DataStoreQuery", s -> DataStoreQuery.builder()
                        .actor(User.ofUid(s.plain("/actor/user/uid"))).source(IP)
                        .storeName(s.plain("/database/name")).query(s.text("/query_info/query_string"))
                        .queryName(s.plain("/query_info/name")).responseTime(Duration.ofMillis(3))
                        .message(s.text("/message")).build()),
                new Family("EntityManagement/PipelineResourceChanged", s -> PipelineResourceChanged.builder()
                        .actor(user(s, "/actor/user")).change(PipelineResourceChanged.Change.CREATED)
                        .entity(Resource.of("bucket", s.plain("/entity/uid"), s.plain("/entity/name")))
                        .repository(s.text("/unmapped/repository")).targetEnvironment(s.text("/unmapped/target_environment"))
                        .triggeredBy(s.text("/unmapped/triggered_by")).comment(s.text("/comment"))
                        .message(s.text("/message")).build()));
    }
}
