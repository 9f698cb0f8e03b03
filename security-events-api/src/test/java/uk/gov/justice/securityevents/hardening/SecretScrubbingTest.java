package uk.gov.justice.securityevents.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.activity.AccessDenied;
import uk.gov.justice.securityevents.activity.AnonymousActivity;
import uk.gov.justice.securityevents.activity.ApiAction;
import uk.gov.justice.securityevents.activity.DataStoreQuery;
import uk.gov.justice.securityevents.activity.PipelineResourceChanged;
import uk.gov.justice.securityevents.activity.UserActivity;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.conformance.Fixed;
import uk.gov.justice.securityevents.conformance.ocsf.OcsfValidator;
import uk.gov.justice.securityevents.contextual.SecurityDetection;
import uk.gov.justice.securityevents.infrastructure.FirewallRuleChanged;
import uk.gov.justice.securityevents.infrastructure.RuleChangedEvent;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.Resource;
import uk.gov.justice.securityevents.model.User;
import uk.gov.justice.securityevents.privacy.RedactionListener;
import uk.gov.justice.securityevents.privacy.SecretKind;

/**
 * Secret scrubbing, end to end through the writer: real-looking secrets in every kind of free-text field are replaced
 * (only the secret part) and counted by kind; benign look-alikes are left exactly as they were. High-entropy samples
 * are assembled from pieces so that repository secret scanners do not flag this file.
 */
class SecretScrubbingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Endpoint CLIENT = Endpoint.of("198.51.100.7", 51544);
    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + ".eyJzdWIiOiJ1LTEwMDEiLCJpYXQiOjE3Nzc2MzA1MzB9"
            + ".Qm9ndXNTaWduYXR1cmVGb3JUZXN0c09ubHkx";
    private static final String GH = "gh" + "p_" + "1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R";
    private static final String SLACK = "xox" + "b-" + "123456789012-1234567890123-AbCdEfGhIjKlMnOp";
    private static final String AWS_ID = "AKIA" + "IOSFODNN7EXAMPLE";
    private static final String AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY";
    private static final String PEM_BODY = "\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunV"
            + "\nTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKL\n";

    /** A field the writer scrubs: how to put text there and where it appears in the JSON. */
    private enum Field {
        MESSAGE("/message", t -> LoginFailure.builder().user(User.ofUid("u-1"))
                .reason(LoginFailure.Reason.INVALID_CREDENTIALS).message(t).build()),
        USER_AGENT("/http_request/user_agent", t -> LoginFailure.builder().user(User.ofUid("u-1"))
                .reason(LoginFailure.Reason.INVALID_CREDENTIALS).userAgent(t).build()),
        URL("/http_request/url/url_string", t -> AnonymousActivity.builder().method("GET").client(CLIENT).url(t)
                .httpStatus(200).build()),
        QUERY("/query_info/query_string", t -> DataStoreQuery.builder().actor(User.ofUid("svc")).source(CLIENT)
                .storeName("casedb").query(t).build()),
        RULE("/entity/data/rule", t -> FirewallRuleChanged.builder().change(RuleChangedEvent.Change.CREATED)
                .rule("sgr-1", "r").ruleText(t).build()),
        COMMENT("/comment", t -> FirewallRuleChanged.builder().change(RuleChangedEvent.Change.CREATED)
                .rule("sgr-1", "r").comment(t).build()),
        UNMAPPED("/unmapped/triggered_by", t -> PipelineResourceChanged.builder()
                .actor(User.ofUid("github-actions")).change(PipelineResourceChanged.Change.CREATED)
                .entity(Resource.of("bucket", null, "b")).repository("moj/case-api").targetEnvironment("prod")
                .triggeredBy(t).build()),
        OPERATION("/api/operation", t -> UserActivity.builder().actor(User.ofUid("u-1")).action(ApiAction.READ)
                .operation(t).source(CLIENT).build()),
        TITLE("/finding_info/title", t -> SecurityDetection.builder().findingUid("det-1").title(t).build()),
        STATUS_DETAIL("/status_detail", t -> AccessDenied.builder().actor(User.ofUid("u-1")).action(ApiAction.READ)
                .operation("GET /x").source(CLIENT).reason(t).build());

        final String pointer;
        final Function<String, SecurityEvent> event;

        Field(String pointer, Function<String, SecurityEvent> event) {
            this.pointer = pointer;
            this.event = event;
        }
    }

    static Stream<Arguments> secrets() {
        return Stream.of(
                a(SecretKind.PASSWORD, Field.MESSAGE, "login failed password=hunter2 for jdoe",
                        "login failed password=[REDACTED:password] for jdoe"),
                a(SecretKind.PASSWORD, Field.URL, "https://case-api.example.org/login?user=jdoe&password=S3cr3t!&next=/",
                        "https://case-api.example.org/login?user=jdoe&password=[REDACTED:password]&next=/"),
                a(SecretKind.TOKEN, Field.URL, "https://svc.example.org/cb?code=x&access_token=ya29.a0AfH6SMBx3",
                        "https://svc.example.org/cb?code=x&access_token=[REDACTED:token]"),
                a(SecretKind.URL_PASSWORD, Field.URL, "https://admin:Pa55w0rd@db.example.org:5432/cases",
                        "https://admin:[REDACTED:url_password]@db.example.org:5432/cases"),
                a(SecretKind.PASSWORD, Field.QUERY, "SELECT * FROM users WHERE name = 'x' AND passwd='letmein'",
                        "SELECT * FROM users WHERE name = 'x' AND passwd='[REDACTED:password]'"),
                a(SecretKind.PASSWORD, Field.QUERY, "UPDATE users SET pwd = 'n3wP@ss' WHERE id = 7",
                        "UPDATE users SET pwd = '[REDACTED:password]' WHERE id = 7"),
                a(SecretKind.BEARER, Field.MESSAGE, "upstream said 401 to Authorization: Bearer " + JWT,
                        "upstream said 401 to Authorization: Bearer [REDACTED:bearer]"),
                a(SecretKind.BASIC, Field.USER_AGENT, "curl/8.5.0 Authorization: Basic YWRtaW46czNjcjN0",
                        "curl/8.5.0 Authorization: Basic [REDACTED:basic]"),
                a(SecretKind.JWT, Field.MESSAGE, "session " + JWT + " rejected", "session [REDACTED:jwt] rejected"),
                a(SecretKind.AWS_ACCESS_KEY_ID, Field.COMMENT, "rotated " + AWS_ID + " today",
                        "rotated [REDACTED:aws_access_key_id] today"),
                a(SecretKind.AWS_SECRET_KEY, Field.RULE, "aws_secret_access_key=" + AWS_SECRET,
                        "aws_secret_access_key=[REDACTED:aws_secret_access_key]"),
                a(SecretKind.PRIVATE_KEY, Field.MESSAGE, "key: -----BEGIN RSA PRIVATE KEY-----" + PEM_BODY
                        + "-----END RSA PRIVATE KEY----- loaded", "key: -----BEGIN RSA PRIVATE KEY-----"
                        + "[REDACTED:private_key]-----END RSA PRIVATE KEY----- loaded"),
                a(SecretKind.PRIVATE_KEY, Field.UNMAPPED, "-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0B",
                        "-----BEGIN PRIVATE KEY-----[REDACTED:private_key]"),
                a(SecretKind.PRIVATE_KEY, Field.COMMENT, "-----BEGIN EC PRIVATE KEY-----" + PEM_BODY
                        + "-----END EC PRIVATE KEY-----", "-----BEGIN EC PRIVATE KEY-----[REDACTED:private_key]"
                        + "-----END EC PRIVATE KEY-----"),
                a(SecretKind.GITHUB_TOKEN, Field.COMMENT, "CI used " + GH, "CI used [REDACTED:github_token]"),
                a(SecretKind.GITHUB_TOKEN, Field.UNMAPPED, "github_pat_" + "11ABCDEFG0123456789_abcdefghijklmnop",
                        "[REDACTED:github_token]"),
                a(SecretKind.SLACK_TOKEN, Field.MESSAGE, "webhook token " + SLACK + " leaked",
                        "webhook token [REDACTED:slack_token] leaked"),
                a(SecretKind.API_KEY, Field.URL, "https://api.example.org/v1/geo?api_key=AIzaSyD-1234567890abcdef&q=x",
                        "https://api.example.org/v1/geo?api_key=[REDACTED:api_key]&q=x"),
                a(SecretKind.API_KEY, Field.URL, "https://api.example.org/v1?apikey=0123456789abcdef",
                        "https://api.example.org/v1?apikey=[REDACTED:api_key]"),
                a(SecretKind.SECRET, Field.MESSAGE, "oauth client_secret=8Q~abc.def_ghi123 refused",
                        "oauth client_secret=[REDACTED:secret] refused"),
                a(SecretKind.PASSWORD, Field.MESSAGE, "body {\"username\":\"jdoe\",\"password\":\"hunter 2\"}",
                        "body {\"username\":\"jdoe\",\"password\":\"[REDACTED:password]\"}"),
                a(SecretKind.TOKEN, Field.STATUS_DETAIL, "DENIED token=abc123def", "DENIED token=[REDACTED:token]"),
                a(SecretKind.TOKEN, Field.OPERATION, "GET /export?id=7&token=f00dfeed",
                        "GET /export?id=7&token=[REDACTED:token]"),
                a(SecretKind.API_KEY, Field.TITLE, "Leaked header X-Api-Key=9f8e7d6c5b4a", "Leaked header X-Api-Key=[REDACTED:api_key]"),
                a(SecretKind.TOKEN, Field.MESSAGE, "refresh_token=def50200a1b2c3 expired",
                        "refresh_token=[REDACTED:token] expired"),
                a(SecretKind.TOKEN, Field.URL, "https://app.example.org/#id_token=" + JWT + "&state=1",
                        "https://app.example.org/#id_token=[REDACTED:token]&state=1"),
                a(SecretKind.BEARER, Field.USER_AGENT, "Mozilla/5.0 Bearer AbCdEfGhIjKlMnOpQrStUvWxYz012345",
                        "Mozilla/5.0 Bearer [REDACTED:bearer]"),
                a(SecretKind.URL_PASSWORD, Field.MESSAGE, "mirror ftp://backup:backup-pw-2024@files.example.org/ down",
                        "mirror ftp://backup:[REDACTED:url_password]@files.example.org/ down"),
                a(SecretKind.AWS_ACCESS_KEY_ID, Field.MESSAGE, "assumed ASIA" + "Y34FZKBOKMUTVV7A",
                        "assumed [REDACTED:aws_access_key_id]"),
                a(SecretKind.SLACK_TOKEN, Field.COMMENT, "xox" + "p-1234567890-abcdefghij", "[REDACTED:slack_token]"),
                a(SecretKind.PASSWORD, Field.MESSAGE, "PASSWORD=Winter2024! in env", "PASSWORD=[REDACTED:password] in env"),
                a(SecretKind.PASSWORD, Field.UNMAPPED, "passwd:hunter2", "passwd:[REDACTED:password]"),
                a(SecretKind.TOKEN, Field.QUERY, "INSERT INTO s VALUES (auth_token='abcd1234')",
                        "INSERT INTO s VALUES (auth_token='[REDACTED:token]')"),
                a(SecretKind.PASSWORD, Field.RULE, "redis-cli -a x pass=Tr0ub4dor&3 ping",
                        "redis-cli -a x pass=[REDACTED:password]&3 ping"));
    }

    static Stream<Arguments> benign() {
        return Stream.of(
                b(Field.URL, "https://idp.example.org/login?passwordless=true"),
                b(Field.MESSAGE, "token_type=bearer expires_in=3600"),
                b(Field.MESSAGE, "password_reset_requested=true"),
                b(Field.MESSAGE, "correlation 0196a1e4-7c1a-7b3e-9f00-1c2d3e4f5a6b"),
                b(Field.COMMENT, "deployed 3f9c2b7d1e8a4c6b0d5f2e9a7c1b3d5e7f9a1c2b"),
                b(Field.MESSAGE, "keys with the AKIA prefix are access key ids"),
                b(Field.MESSAGE, "Password changed successfully"),
                b(Field.MESSAGE, "User reset their password"),
                b(Field.MESSAGE, "Bearer authentication failed"),
                b(Field.MESSAGE, "Basic authentication is disabled"),
                b(Field.URL, "https://case-api.example.org/cases/C-1042?page=2&size=50"),
                b(Field.URL, "https://user@example.org/path"),
                b(Field.MESSAGE, "mailto:jdoe@example.org"),
                b(Field.MESSAGE, "eyJ alone is just a base64 prefix"),
                b(Field.QUERY, "SELECT id FROM cases WHERE status = 'OPEN'"),
                b(Field.MESSAGE, "time=10:15:30"),
                b(Field.USER_AGENT, "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"),
                b(Field.MESSAGE, "token expired"),
                b(Field.TITLE, "the secret garden"),
                b(Field.MESSAGE, "api_key_rotation_days=90"),
                b(Field.MESSAGE, "-----BEGIN CERTIFICATE-----MIIBszCCAVmgAwIBAgIU-----END CERTIFICATE-----"),
                b(Field.MESSAGE, "-----BEGIN PUBLIC KEY-----MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"),
                b(Field.COMMENT, "ghp_short is not a token"),
                b(Field.COMMENT, "xoxb alone"),
                b(Field.MESSAGE, "image sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                b(Field.MESSAGE, "passport=123456789"),
                b(Field.URL, "https://example.org/?bypass=true&compass=north"),
                b(Field.MESSAGE, "tokens=5 remaining"),
                b(Field.URL, "https://example.org:8443/health"),
                b(Field.RULE, "role arn:aws:iam::111122223333:role/case-api"),
                b(Field.MESSAGE, "keyboard=uk secretary=jane"),
                b(Field.OPERATION, "POST /v1/passwords/reset"),
                b(Field.STATUS_DETAIL, "INVALID_CREDENTIALS"));
    }

    private static Arguments a(SecretKind kind, Field field, String input, String expected) {
        return Arguments.of(kind, field, input, expected);
    }

    private static Arguments b(Field field, String input) {
        return Arguments.of(field, input);
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @MethodSource("secrets")
    void secretIsReplacedCountedAndReported(SecretKind kind, Field field, String input, String expected)
            throws Exception {
        List<String> reported = new ArrayList<>();
        SecurityEventWriter writer = SecurityEventWriter.builder(Fixed.context())
                .redactionListener(new RedactionListener() {
                    @Override
                    public void onSecretRedacted(SecretKind k, String name, String eventCode) {
                        reported.add(k + "@" + name);
                    }
                }).build();

        String json = writer.toJson(Fixed.emitted(field.event.apply(input), 1));

        JsonNode node = JSON.readTree(json);
        assertThat(node.at(field.pointer).asText()).isEqualTo(expected);
        assertThat(writer.redactionCounts().count(kind)).isEqualTo(1);
        assertThat(writer.redactionCounts().total()).isEqualTo(1);
        assertThat(reported).containsExactly(kind + "@" + field.pointer.substring(field.pointer.lastIndexOf('/') + 1));
        assertThat(OcsfValidator.forVersion_1_8_0().validate(json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("benign")
    void lookAlikeIsLeftAlone(Field field, String input) throws Exception {
        SecurityEventWriter writer = SecurityEventWriter.create(Fixed.context());

        JsonNode node = JSON.readTree(writer.toJson(Fixed.emitted(field.event.apply(input), 1)));

        assertThat(node.at(field.pointer).asText()).isEqualTo(input);
        assertThat(writer.redactionCounts().total()).isZero();
    }

    @Test
    void countsAreOncePerEventEvenWhenTheEventIsRewrittenToFitTheLimits() {
        SecurityEventWriter writer = SecurityEventWriter.builder(Fixed.context()).maxStringLength(64)
                .maxEventBytes(SecurityEventWriter.MIN_MAX_EVENT_BYTES).build();
        String big = "password=hunter2 " + "x".repeat(100_000);

        writer.toBytes(Fixed.emitted(Field.MESSAGE.event.apply(big), 1));

        assertThat(writer.redactionCounts().count(SecretKind.PASSWORD)).isEqualTo(1);
    }

    @Test
    void plainIdentifiersAreNotScrubbedOnlyFreeText() throws Exception {
        String json = SecurityEventWriter.create(Fixed.context()).toJson(Fixed.emitted(DataStoreQuery.builder()
                .actor(User.builder().uid("svc").credentialUid(AWS_ID).build()).source(CLIENT).storeName("casedb")
                .query("SELECT 1").build(), 1));

        assertThat(JSON.readTree(json).at("/actor/user/credential_uid").asText()).isEqualTo(AWS_ID);
    }

    @Test
    void scrubbingCanOnlyBeSwitchedOffExplicitly() throws Exception {
        SecurityEventWriter writer = SecurityEventWriter.builder(Fixed.context()).dangerouslyDisableSecretScrubbing()
                .build();

        String json = writer.toJson(Fixed.emitted(Field.MESSAGE.event.apply("password=hunter2"), 1));

        assertThat(writer.secretScrubbing()).isFalse();
        assertThat(SecurityEventWriter.create(Fixed.context()).secretScrubbing()).isTrue();
        assertThat(JSON.readTree(json).at("/message").asText()).isEqualTo("password=hunter2");
    }

    @Test
    void aListenerThatThrowsDoesNotLoseTheEvent() {
        SecurityEventWriter writer = SecurityEventWriter.builder(Fixed.context())
                .redactionListener(new RedactionListener() {
                    @Override
                    public void onSecretRedacted(SecretKind k, String name, String eventCode) {
                        throw new IllegalStateException("boom");
                    }
                }).build();

        assertThat(writer.toJson(Fixed.emitted(Field.MESSAGE.event.apply("pwd=x"), 1)))
                .contains("pwd=[REDACTED:password]");
        assertThat(writer.redactionCounts().count(SecretKind.PASSWORD)).isEqualTo(1);
    }
}
