package uk.gov.justice.securityevents.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;

/**
 * Exact bytes of a few events, one per family, so any change to the wire format is a visible diff in review.
 * Regenerate deliberately with {@code -Dgolden.write=true}.
 */
class GoldenFilesTest {
    private static final Path DIR = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest
    @ValueSource(strings = {"LoginFailure/full", "SessionExpired/required", "GroupMemberAdded/full",
            "RoleElevation/full", "FirewallRuleChanged/full", "DnsQuery/full", "InboundConnectionRejected/full",
            "UserActivity/full", "SecurityDetection/full"})
    void writerOutputIsByteForByteTheGoldenFile(String fixtureName) throws IOException {
        EventFixture fixture = AllEventFixtures.all().stream().filter(f -> f.name().equals(fixtureName)).findFirst()
                .orElseThrow();
        EmittedEvent emitted = new EmittedEvent(fixture.build(), Fixed.tracedEnvelope(42));
        byte[] actual = SecurityEventWriter.create(Fixed.context()).toBytes(emitted);
        Path golden = DIR.resolve(fixtureName.replace('/', '-') + ".json");
        if (Boolean.getBoolean("golden.write")) {
            Files.createDirectories(DIR);
            Files.write(golden, actual);
        }
        assertThat(new String(actual, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
