package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad configuration fails at build time with a message that names the setting to change — and never the secret. */
class BadSettingsTest {

    static final String SECRET = "s3cr3t-value-never-shown";

    @TempDir
    Path dir;

    static HttpCollectorDestination.Builder http(String uri) {
        return HttpCollectorDestination.builder(URI.create(uri))
                .apiKey(SecretSource.fromEnvironment("KEY"))
                .environment(n -> n.equals("KEY") ? SECRET : null);
    }

    @Test
    void plainHttpToARemoteHostIsRefusedEvenWhenInsecureLoopbackIsAllowed() {
        assertThatThrownBy(() -> http("http://collector.example.org/logs").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("uri").hasMessageContaining("https://");
        assertThatThrownBy(() -> http("http://10.0.0.1/logs").allowInsecureLoopback(true).build())
                .hasMessageContaining("allowInsecureLoopback applies only to loopback hosts");
    }

    @Test
    void plainHttpToLoopbackNeedsTheExplicitSetting() {
        assertThatThrownBy(() -> http("http://127.0.0.1:8080/logs").build())
                .hasMessageContaining("allowInsecureLoopback(true)");
        HttpCollectorDestination ok = http("http://localhost:8080/logs").allowInsecureLoopback(true).build();
        assertThat(ok.toString()).doesNotContain(SECRET);
        ok.close();
    }

    @Test
    void credentialsInTheUrlAreRefused() {
        assertThatThrownBy(() -> http("https://user:pw@collector.example.org/logs").build())
                .hasMessageContaining("uri must not carry credentials").hasMessageNotContaining("pw");
    }

    @Test
    void missingKeyFileNamesTheSettingAndTheFile() {
        Path missing = dir.resolve("no-such-key");
        assertThatThrownBy(() -> HttpCollectorDestination.builder(URI.create("https://collector.example.org/x"))
                .apiKey(SecretSource.fromFile(missing)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiKey").hasMessageContaining(missing.toString());
    }

    @Test
    void unsetOrEmptyEnvironmentVariableNamesTheSettingAndTheVariable() {
        assertThatThrownBy(() -> HttpCollectorDestination.builder(URI.create("https://collector.example.org/x"))
                .apiKey(SecretSource.fromEnvironment("SECURITY_EVENTS_TEST_SURELY_UNSET_VARIABLE")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("apiKey: environment variable SECURITY_EVENTS_TEST_SURELY_UNSET_VARIABLE is not set");
        assertThatThrownBy(() -> HttpCollectorDestination.builder(URI.create("https://collector.example.org/x"))
                .apiKey(SecretSource.fromEnvironment("EMPTY")).environment(n -> "").build())
                .hasMessage("apiKey: environment variable EMPTY is empty");
    }

    @Test
    void keyFileIsReadWithoutItsTrailingNewlineAndAControlCharacterIsRefusedWithoutShowingTheKey() throws Exception {
        Path key = Files.writeString(dir.resolve("key"), SECRET + "\n", StandardCharsets.UTF_8);
        HttpCollectorDestination ok = HttpCollectorDestination.builder(URI.create("https://collector.example.org/x"))
                .apiKey(SecretSource.fromFile(key)).build();
        assertThat(ok.toString()).doesNotContain(SECRET);
        ok.close();
        Path bad = Files.writeString(dir.resolve("bad"), SECRET + "\r\nInjected: header", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> HttpCollectorDestination.builder(URI.create("https://collector.example.org/x"))
                .apiKey(SecretSource.fromFile(bad)).build())
                .hasMessageContaining("apiKey").hasMessageContaining("control character")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void authValueFormatMustHoldTheKeyPlaceholder() {
        assertThatThrownBy(() -> http("https://collector.example.org/x").authValueFormat("Splunk").build())
                .hasMessageContaining("authValueFormat");
    }

    @Test
    void extraHeadersCannotOverrideTheCredentialOrFraming() {
        assertThatThrownBy(() -> http("https://collector.example.org/x").header("authorization", "x").build())
                .hasMessageContaining("use apiKey");
        assertThatThrownBy(() -> http("https://collector.example.org/x").header("Content-Length", "1").build())
                .hasMessageContaining("Content-Length");
        assertThatThrownBy(() -> http("https://collector.example.org/x").header("X-A", "a\r\nB: c").build())
                .hasMessageContaining("control character");
    }

    @Test
    void missingTrustStoreNamesTheTlsSetting() {
        Path missing = dir.resolve("missing.p12");
        TlsSettings tls = TlsSettings.builder().trustStore(missing, "PKCS12", null).build();
        assertThatThrownBy(() -> http("https://collector.example.org/x").tls(tls).build())
                .hasMessageContaining("tls.trustStore").hasMessageContaining(missing.toString());
        assertThatThrownBy(() -> SyslogDestination.builder("siem.example.org").tls(tls).build())
                .hasMessageContaining("tls.trustStore");
    }

    @Test
    void syslogSettingsAreChecked() {
        assertThatThrownBy(() -> SyslogDestination.builder("siem.example.org").facility(24).build())
                .hasMessageContaining("facility");
        assertThatThrownBy(() -> SyslogDestination.builder("siem.example.org").port(0).build())
                .hasMessageContaining("port");
        assertThatThrownBy(() -> SyslogDestination.builder("siem.example.org").plainTcp(true)
                .tls(TlsSettings.builder().build()).build())
                .hasMessageContaining("plainTcp");
    }

    @Test
    void pipelineSettingsAreChecked() {
        assertThatThrownBy(() -> PipelineSettings.builder().maxQueueBytes(1000).maxBatchBytes(2000).build())
                .hasMessageContaining("maxBatchBytes").hasMessageContaining("maxQueueBytes");
        assertThatThrownBy(() -> PipelineSettings.builder().linger(Duration.ofMillis(-1)).build())
                .hasMessageContaining("linger");
        assertThatThrownBy(() -> PipelineSettings.builder().initialBackoff(Duration.ofSeconds(10))
                .maxBackoff(Duration.ofSeconds(1)).build())
                .hasMessageContaining("maxBackoff");
        assertThatThrownBy(() -> PipelineSettings.builder().maxInFlightBatches(0).build())
                .hasMessage("maxInFlightBatches must be > 0 but was 0");
        assertThatThrownBy(() -> PipelineSettings.builder().maxInFlightBatches(-3).build())
                .hasMessage("maxInFlightBatches must be > 0 but was -3");
        assertThat(PipelineSettings.defaults().maxInFlightBatches())
                .isEqualTo(PipelineSettings.DEFAULT_MAX_IN_FLIGHT_BATCHES).isEqualTo(4);
        assertThat(PipelineSettings.builder().maxInFlightBatches(1).build().toBuilder().build().maxInFlightBatches())
                .isEqualTo(1);
    }

    @Test
    void outboundEventValidationNamesTheField() {
        OutboundEvent.Builder ok = OutboundEvent.builder().json("{}".getBytes(StandardCharsets.UTF_8)).uid("u")
                .time(Instant.EPOCH).sequence(1).classUid(3002).activityId(1).typeUid(300201).severityId(1)
                .eventCode("c");
        assertThat(ok.build().uid()).isEqualTo("u");
        assertThatNullPointerException().isThrownBy(() -> ok.uid(null).build()).withMessage("uid is required");
        ok.uid("u");
        assertThatThrownBy(() -> ok.sequence(0).build()).hasMessageContaining("sequence");
        assertThatThrownBy(() -> ok.sequence(OutboundEvent.MAX_SEQUENCE + 1).build()).hasMessageContaining("sequence");
        ok.sequence(1);
        assertThatThrownBy(() -> ok.severityId(7).build()).hasMessageContaining("severityId");
        ok.severityId(99);
        assertThatThrownBy(() -> ok.json("{\"a\":\n1}".getBytes(StandardCharsets.UTF_8)).build())
                .hasMessageContaining("json").hasMessageContaining("single line");
        assertThatThrownBy(() -> ok.json("[1]".getBytes(StandardCharsets.UTF_8)).build())
                .hasMessageContaining("json must be one JSON object");
        byte[] json = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        OutboundEvent e = ok.json(json).build();
        json[1] = 'X';
        assertThat(new String(e.jsonBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}"); // copied
    }
}
