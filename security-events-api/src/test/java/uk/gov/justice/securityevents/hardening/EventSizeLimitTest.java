package uk.gov.justice.securityevents.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.activity.AnonymousActivity;
import uk.gov.justice.securityevents.authorisation.GroupMemberAdded;
import uk.gov.justice.securityevents.conformance.Fixed;
import uk.gov.justice.securityevents.conformance.ocsf.OcsfValidator;
import uk.gov.justice.securityevents.integrity.HashChain;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.Group;
import uk.gov.justice.securityevents.model.User;

/** Events over {@code maxEventBytes} are re-written smaller, whole, valid and marked truncated. */
class EventSizeLimitTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static AnonymousActivity huge(String filler) {
        return AnonymousActivity.builder().method("GET").client(Endpoint.of("203.0.113.45", 51544))
                .clientId(filler).userAgent(filler).url("https://example.org/" + filler).httpStatus(200)
                .message(filler).build();
    }

    @Test
    void anEventOverTheDefaultLimitIsShrunkToFitAndMarked() throws Exception {
        // 8,192 control characters escape to 6 bytes each: 4 fields give about 200 KB at the default string limit
        byte[] bytes = SecurityEventWriter.create(Fixed.context()).toBytes(Fixed.emitted(huge("\u0001".repeat(50_000)), 1));

        assertThat(bytes.length).isLessThanOrEqualTo(SecurityEventWriter.DEFAULT_MAX_EVENT_BYTES);
        JsonNode node = JSON.readTree(bytes);
        assertThat(node.at("/metadata/is_truncated").asBoolean()).isTrue();
        assertThat(node.at("/metadata/untruncated_size").asInt()).isGreaterThan(4 * 6 * 50_000);
        assertThat(node.at("/message").asText()).isNotEmpty().matches("\u0001+");
        assertThat(OcsfValidator.forVersion_1_8_0().validate(new String(bytes, "UTF-8"))).isEmpty();
    }

    @Test
    void aSmallLimitAlsoShortensLongArrays() throws Exception {
        List<Group> groups = new ArrayList<>();
        List<String> privileges = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            groups.add(Group.of("g-" + i, "group-number-" + i));
            privileges.add("privilege-" + i);
        }
        GroupMemberAdded event = GroupMemberAdded.builder().group(Group.of("g-1", "admins"))
                .user(User.builder().uid("u-1").groups(groups).build()).privileges(privileges).build();
        SecurityEventWriter writer = SecurityEventWriter.builder(Fixed.context()).maxEventBytes(8192).build();

        byte[] bytes = writer.toBytes(Fixed.emitted(event, 1));

        assertThat(bytes.length).isLessThanOrEqualTo(8192);
        JsonNode node = JSON.readTree(bytes);
        assertThat(node.at("/metadata/is_truncated").asBoolean()).isTrue();
        assertThat(node.at("/user/groups").size()).isBetween(1, 64);
        assertThat(node.at("/privileges").size()).isBetween(1, 64);
        assertThat(OcsfValidator.forVersion_1_8_0().validate(node)).isEmpty();
    }

    @Test
    void theLimitIncludesTheIntegrityLink() throws Exception {
        SecurityEventWriter writer = SecurityEventWriter.builder(Fixed.context()).maxEventBytes(4096)
                .integrityChain(HashChain.sha256("size-test")).build();

        for (int i = 1; i <= 3; i++) {
            byte[] bytes = writer.toBytes(Fixed.emitted(huge("x".repeat(20_000)), i));
            assertThat(bytes.length).isLessThanOrEqualTo(4096);
            assertThat(JSON.readTree(bytes).at("/unmapped/record_integrity/sequence_in_chain").asInt()).isEqualTo(i);
        }
    }

    @Test
    void aWriteThatFitsIsUntouched() throws Exception {
        SecurityEventWriter writer = SecurityEventWriter.create(Fixed.context());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.write(Fixed.emitted(huge("short"), 1), out);

        assertThat(JSON.readTree(out.toByteArray()).at("/metadata").has("is_truncated")).isFalse();
    }

    @Test
    void tooSmallALimitIsRefusedAtConfiguration() {
        assertThatThrownBy(() -> SecurityEventWriter.builder(Fixed.context()).maxEventBytes(1000).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxEventBytes must be at least 4096 but was 1000");
        assertThat(SecurityEventWriter.create(Fixed.context()).maxEventBytes()).isEqualTo(65_536);
    }
}
