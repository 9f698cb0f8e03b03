package uk.gov.justice.securityevents.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.HmacKey;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.conformance.AllEventFixtures;
import uk.gov.justice.securityevents.conformance.EventFixture;
import uk.gov.justice.securityevents.conformance.Fixed;
import uk.gov.justice.securityevents.conformance.IdentityEventFixtures;
import uk.gov.justice.securityevents.conformance.ocsf.OcsfValidator;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.privacy.PersonalDataAction;
import uk.gov.justice.securityevents.privacy.PersonalDataPolicy;

/** KEEP, DROP, MASK and PSEUDONYMISE per field path, and that no policy can make an event invalid OCSF. */
class PersonalDataPolicyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] KEY_BYTES = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path dir;
    private static HmacKey key;
    private static HmacKey otherKey;

    @BeforeAll
    static void keys() throws Exception {
        Path file = dir.resolve("key");
        Files.writeString(file, "0123456789abcdef0123456789abcdef");
        key = HmacKey.fromFile(file);
        Path other = dir.resolve("other");
        Files.writeString(other, "fedcba9876543210fedcba9876543210");
        otherKey = HmacKey.fromFile(other);
    }

    private static EmittedEvent login() {
        return Fixed.emitted(LoginFailure.builder().user(IdentityEventFixtures.USER)
                .sourceEndpoint(Endpoint.builder().ip("198.51.100.7").port(51544).hostname("laptop-17.example.org")
                        .build())
                .destinationEndpoint(Endpoint.builder().ip("2001:db8:1:2::1").port(443).build())
                .actor(IdentityEventFixtures.ADMIN).reason(LoginFailure.Reason.INVALID_CREDENTIALS).build(), 1);
    }

    private static JsonNode write(PersonalDataPolicy policy, EmittedEvent event) throws Exception {
        String json = SecurityEventWriter.builder(Fixed.context()).personalData(policy).build().toJson(event);
        assertThat(OcsfValidator.forVersion_1_8_0().validate(json)).as(json).isEmpty();
        return JSON.readTree(json);
    }

    @Test
    void keepIsTheDefault() throws Exception {
        JsonNode node = write(PersonalDataPolicy.KEEP_ALL, login());

        assertThat(node.at("/user/email_addr").asText()).isEqualTo("jdoe@example.org");
        assertThat(SecurityEventWriter.create(Fixed.context()).personalData()).isSameAs(PersonalDataPolicy.KEEP_ALL);
    }

    @Test
    void dropLeavesTheFieldOut() throws Exception {
        JsonNode node = write(PersonalDataPolicy.builder().rule("user.email_addr", PersonalDataAction.DROP)
                .rule("user.domain", PersonalDataAction.DROP).build(), login());

        assertThat(node.at("/user").has("email_addr")).isFalse();
        assertThat(node.at("/user").has("domain")).isFalse();
        assertThat(node.at("/user/uid").asText()).isEqualTo("u-1001");
    }

    @Test
    void maskKeepsTheNetworkPrefixOrFirstCharacterAndTheType() throws Exception {
        JsonNode node = write(PersonalDataPolicy.builder().rule("*.ip", PersonalDataAction.MASK)
                .rule("user.name", PersonalDataAction.MASK).rule("user.email_addr", PersonalDataAction.MASK)
                .build(), login());

        assertThat(node.at("/src_endpoint/ip").asText()).isEqualTo("198.51.100.0");
        assertThat(node.at("/dst_endpoint/ip").asText()).isEqualTo("2001:db8:1:0:0:0:0:0");
        assertThat(node.at("/user/name").asText()).isEqualTo("j***");
        assertThat(node.at("/user/email_addr").asText()).isEqualTo("j***@example.org");
        assertThat(node.at("/actor/user/name").asText()).isEqualTo("asmith");
    }

    @Test
    void pseudonymiseIsAKeyedHashThatIsStableForTheSameInput() throws Exception {
        PersonalDataPolicy policy = PersonalDataPolicy.builder().pseudonymisationKey(key)
                .rule("user.name", PersonalDataAction.PSEUDONYMISE).rule("actor.user.name", PersonalDataAction.PSEUDONYMISE)
                .rule("user.email_addr", PersonalDataAction.PSEUDONYMISE).rule("src_endpoint.ip", PersonalDataAction.PSEUDONYMISE)
                .build();

        JsonNode first = write(policy, login());
        JsonNode second = write(policy, login());
        JsonNode otherKeyed = write(PersonalDataPolicy.builder().pseudonymisationKey(otherKey)
                .rule("user.name", PersonalDataAction.PSEUDONYMISE).build(), login());

        String expected = "hmac:" + hmac("jdoe").substring(0, 32);
        assertThat(first.at("/user/name").asText()).isEqualTo(expected).matches("hmac:[0-9a-f]{32}");
        assertThat(second.at("/user/name").asText()).isEqualTo(expected);
        assertThat(first.at("/actor/user/name").asText()).isEqualTo("hmac:" + hmac("asmith").substring(0, 32));
        assertThat(otherKeyed.at("/user/name").asText()).isNotEqualTo(expected).startsWith("hmac:");
        assertThat(first.at("/user/email_addr").asText())
                .isEqualTo("hmac." + hmac("jdoe@example.org").substring(0, 32) + "@pseudonymised.invalid");
        assertThat(first.at("/src_endpoint/ip").asText()).startsWith("fd").isEqualTo(second.at("/src_endpoint/ip").asText());
    }

    @Test
    void pseudonymisationKeyComesFromTheEnvironmentOrAFileNeverCode() {
        assertThatThrownBy(() -> PersonalDataPolicy.builder().rule("user.name", PersonalDataAction.PSEUDONYMISE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PSEUDONYMISE needs a key")
                .hasMessageContaining("HmacKey.fromEnvironment");
        assertThatThrownBy(() -> HmacKey.fromEnvironment("SE_TEST_SURELY_UNSET_" + System.nanoTime()))
                .hasMessageContaining("is not set");
    }

    @Test
    void requiredOrIdentifyingAttributesCannotBeDroppedAndTheMessageSaysWhatToUse() {
        assertThatThrownBy(() -> PersonalDataPolicy.builder().rule("user.uid", PersonalDataAction.DROP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'user.uid' cannot be dropped: OCSF requires it or needs it to identify the object; use MASK"
                        + " or PSEUDONYMISE for 'user.uid'");
        assertThatThrownBy(() -> PersonalDataPolicy.builder().rule("*.ip", PersonalDataAction.DROP))
                .hasMessageContaining("cannot be dropped");
        assertThatThrownBy(() -> PersonalDataPolicy.builder().rule("metadata.uid", PersonalDataAction.MASK))
                .hasMessageContaining("written by the SDK");
        assertThatThrownBy(() -> PersonalDataPolicy.builder().rule("user[0].name", PersonalDataAction.MASK))
                .hasMessageContaining("is not a dotted JSON path");
    }

    @Test
    void rulesCanBeParsedFromConfigurationText() {
        PersonalDataPolicy policy = PersonalDataPolicy.parse(" user.email_addr=drop,\n*.ip = MASK, user.name=PSEUDONYMISE",
                key);

        assertThat(policy.rules()).containsExactly(Map.entry("user.email_addr", PersonalDataAction.DROP),
                Map.entry("*.ip", PersonalDataAction.MASK), Map.entry("user.name", PersonalDataAction.PSEUDONYMISE));
        assertThat(policy.actionFor("src_endpoint.ip")).isEqualTo(PersonalDataAction.MASK);
        assertThat(policy.actionFor("user.uid")).isEqualTo(PersonalDataAction.KEEP);
        assertThat(PersonalDataPolicy.parse(null, null)).isSameAs(PersonalDataPolicy.KEEP_ALL);
        assertThatThrownBy(() -> PersonalDataPolicy.parse("user.name=HIDE", null)).hasMessageContaining("unknown action");
    }

    /**
     * Every string path the catalogue writes, under each action at once (every droppable path dropped, every path
     * masked, every path pseudonymised): every fixture must stay valid OCSF.
     */
    @Test
    void noPolicyCanMakeAnyEventOfTheCatalogueInvalid() throws Exception {
        List<EmittedEvent> events = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>();
        SecurityEventWriter plain = SecurityEventWriter.create(Fixed.context());
        for (EventFixture f : AllEventFixtures.all()) {
            EmittedEvent e = Fixed.emitted(f.build(), 1);
            events.add(e);
            collect(JSON.readTree(plain.toJson(e)), "", paths);
        }
        paths.removeAll(PersonalDataPolicy.sdkOwnedPaths());
        PersonalDataPolicy.Builder drop = PersonalDataPolicy.builder();
        PersonalDataPolicy.Builder mask = PersonalDataPolicy.builder();
        PersonalDataPolicy.Builder pseudo = PersonalDataPolicy.builder().pseudonymisationKey(key);
        for (String p : paths) {
            if (!PersonalDataPolicy.nonDroppablePaths().contains(p)) {
                drop.rule(p, PersonalDataAction.DROP);
            }
            mask.rule(p, PersonalDataAction.MASK);
            pseudo.rule(p, PersonalDataAction.PSEUDONYMISE);
        }
        TreeSet<String> violations = new TreeSet<>();
        for (PersonalDataPolicy policy : List.of(drop.build(), mask.build(), pseudo.build())) {
            SecurityEventWriter writer = SecurityEventWriter.builder(Fixed.context()).personalData(policy).build();
            for (EmittedEvent e : events) {
                for (String v : OcsfValidator.forVersion_1_8_0().validate(writer.toJson(e))) {
                    violations.add(policy.rules().values().iterator().next() + " " + e.event().eventCode() + " " + v);
                }
            }
        }
        assertThat(violations).isEmpty();
        assertThat(paths).contains("user.email_addr", "src_endpoint.ip", "actor.user.uid", "message");
    }

    private static void collect(JsonNode node, String prefix, TreeSet<String> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                collect(f.getValue(), prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), out);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, prefix, out));
        } else if (node.isTextual()) {
            out.add(prefix);
        }
    }

    private static String hmac(String value) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY_BYTES, "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }
}
