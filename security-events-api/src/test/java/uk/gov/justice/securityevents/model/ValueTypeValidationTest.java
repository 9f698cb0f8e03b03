package uk.gov.justice.securityevents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Value types reject bad input at build() with a message naming the field, without any DNS look-up. */
class ValueTypeValidationTest {
    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "0.0.0.0", "255.255.255.255", "::", "::1", "2001:db8::1",
            "2001:0db8:0000:0000:0000:ff00:0042:8329", "fe80::1%eth0", "::ffff:192.0.2.1", "1::", "1:2:3:4:5:6:7:8"})
    void validIpLiteralsAreAccepted(String ip) {
        assertThat(Endpoint.ip(ip).ip()).isEqualTo(ip);
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.4 ", "localhost", "example.org",
            "1:2:3:4:5:6:7:8:9", "2001:db8:::1", "2001:db8::1::2", ":1:2", "12345::", "fe80::1%", "1.2.3.4/24",
            "10x0x0x1", ""})
    void invalidIpLiteralsAreRejectedNamingTheField(String ip) {
        assertThatThrownBy(() -> Endpoint.ip(ip)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpoint.");
    }

    @Test
    void portOutOfRangeIsRejectedNamingTheField() {
        assertThatThrownBy(() -> Endpoint.of("192.0.2.1", 65_536)).hasMessage(
                "endpoint.port must be between 0 and 65535 but was 65536");
        assertThatThrownBy(() -> Endpoint.of("192.0.2.1", -1)).hasMessageContaining("endpoint.port");
    }

    @Test
    void anEndpointNeedsSomethingToIdentifyIt() {
        assertThatThrownBy(() -> Endpoint.builder().port(443).build())
                .hasMessage("endpoint needs at least one of ip, hostname, svc_name");
    }

    @Test
    void userNeedsUidOrNameAndAWellFormedEmail() {
        assertThatThrownBy(() -> User.builder().build()).hasMessage("user needs at least one of uid, name");
        assertThatThrownBy(() -> User.builder().uid(" ").build()).hasMessage("user.uid must not be blank");
        assertThatThrownBy(() -> User.builder().uid("u-1").emailAddress("jdoe\n@example.org").build())
                .hasMessageStartingWith("user.email_addr must be an e-mail address");
        assertThat(User.builder().uid("u-1").emailAddress("j.doe+x@example.org").build().emailAddress())
                .isEqualTo("j.doe+x@example.org");
    }

    @Test
    void deviceIpIsValidatedToo() {
        assertThatThrownBy(() -> Device.builder().hostname("h").ip("999.1.1.1").build())
                .hasMessageContaining("device.ip");
    }

    @Test
    void rawSessionIdsAreHashedNeverKept() {
        Session session = Session.fromRawId("JSESSIONID-secret-value");

        assertThat(session.uid()).hasSize(Session.HASHED_ID_HEX_LENGTH).doesNotContain("secret")
                .isEqualTo(Session.fromRawId("JSESSIONID-secret-value").uid());
    }
}
