package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;

/** The one configuration shared by the appenders and the starter: defaults, parsing and messages naming settings. */
class TransportConfigTest {
    @TempDir
    Path dir;

    private static TransportConfig config(Consumer<TransportConfig> settings) {
        TransportConfig c = new TransportConfig();
        settings.accept(c);
        return c;
    }

    private static void fails(Consumer<TransportConfig> settings, String message) {
        assertThatThrownBy(() -> config(settings).validate()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void defaultsAreStdoutAndThePipelineDefaults() {
        TransportConfig c = new TransportConfig();
        assertThat(c.validate()).isEmpty();
        assertThat(c.destinationName()).isEqualTo("stdout");
        assertThat(c.pipelineSettings().toString()).isEqualTo(PipelineSettings.defaults().toString());
        assertThat(c.shutdownTimeoutValue()).isEqualTo(PipelineSettings.DEFAULT_SHUTDOWN_TIMEOUT);
        DeliveryPipeline p = c.build(new RecordingStatusReporter());
        assertThat(p.toString()).isEqualTo("DeliveryPipeline[stdout]");
        p.stop(Duration.ZERO);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "500ms|500", "500 ms|500", "500 millis|500", "500 milliseconds|500", "500|500", "30 seconds|30000",
        "30s|30000", "30 sec|30000", "1.5 seconds|1500", "2 minutes|120000", "2m|120000", "1 hour|3600000",
        "1 day|86400000", "PT30S|30000", "pt0.25s|250", "P1D|86400000"})
    void durationsInTheFormsLogbackAndLog4j2UsersWrite(String text, long millis) {
        assertThat(TransportConfig.parseDuration("linger", text)).isEqualTo(Duration.ofMillis(millis));
        assertThat(config(c -> c.setLinger(text)).pipelineSettings().linger()).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void sizesCountsFlagsAndPoliciesAreParsed() {
        PipelineSettings s = config(c -> {
            c.setMaxQueueBytes("4MB");
            c.setMaxBatchBytes("512 KB");
            c.setMaxBatchEvents("100");
            c.setMaxInFlightBatches("8");
            c.setOverflowPolicy("drop-oldest");
            c.setBlockTimeout("PT1S");
        }).pipelineSettings();
        assertThat(s.maxQueueBytes()).isEqualTo(4L << 20);
        assertThat(s.maxBatchBytes()).isEqualTo(512 << 10);
        assertThat(s.maxBatchEvents()).isEqualTo(100);
        assertThat(s.maxInFlightBatches()).isEqualTo(8);
        assertThat(config(c -> { }).pipelineSettings().maxInFlightBatches())
                .isEqualTo(PipelineSettings.DEFAULT_MAX_IN_FLIGHT_BATCHES);
        assertThat(s.overflowPolicy()).isEqualTo(OverflowPolicy.DROP_OLDEST);
        assertThat(s.blockTimeout()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void blankValuesMeanNotSet() {
        TransportConfig c = config(c1 -> {
            c1.setDestination(" ");
            c1.setLinger("");
            c1.setUrl("  ");
            c1.setMaxQueueBytes(null);
        });
        assertThat(c.validate()).isEmpty();
        assertThat(c.destinationName()).isEqualTo("stdout");
    }

    @Test
    void everyBadSettingIsNamed() {
        fails(c -> c.setDestination("htps"), "destination 'htps' is unknown: use stdout, file, https or syslog");
        fails(c -> c.setDestination("https"), "url is required for destination https");
        fails(c -> {
            c.setDestination("https");
            c.setUrl("https://collector.example/logs");
            c.setApiKeyFile("/x");
        }, "apiKeyFile /x cannot be read: no such file");
        fails(c -> {
            c.setDestination("https");
            c.setUrl("http://collector.example/logs");
            c.setApiKeyFile("/etc/hostname");
        }, "url http://collector.example/logs uses credentials over plain HTTP: use https://");
        fails(c -> {
            c.setDestination("https");
            c.setUrl("http://collector.example/logs");
            c.setKeyStore("/etc/hostname");
            c.setKeyStorePasswordFile("/etc/hostname");
        }, "url http://collector.example/logs is plain HTTP: use https://");
        fails(c -> {
            c.setDestination("https");
            c.setUrl("https://collector.example/logs");
        }, "apiKeyEnv or apiKeyFile is required for destination https");
        fails(c -> {
            c.setDestination("https");
            c.setUrl("https://collector.example/logs");
            c.setApiKeyEnv("SECURITY_EVENTS_TEST_VARIABLE_THAT_IS_NOT_SET");
        }, "apiKeyEnv SECURITY_EVENTS_TEST_VARIABLE_THAT_IS_NOT_SET is not set in the environment");
        fails(c -> {
            c.setDestination("https");
            c.setUrl("https://collector.example/logs");
            c.setApiKeyEnv("A");
            c.setApiKeyFile("/etc/hostname");
        }, "set only one of apiKeyEnv and apiKeyFile");
        fails(c -> c.setDestination("syslog"), "syslogHost is required for destination syslog");
        fails(c -> {
            c.setDestination("syslog");
            c.setSyslogHost("siem");
            c.setSyslogFacility("kernel-ish");
        }, "syslogFacility 'kernel-ish' is unknown");
        fails(c -> c.setDestination("file"), "file is required for destination file");
        fails(c -> c.setLinger("30 parsecs"), "linger '30 parsecs' is not a duration: use e.g. 500ms, 30 seconds or PT30S");
        fails(c -> c.setMaxQueueBytes("lots"), "maxQueueBytes 'lots' is not a size: use e.g. 16MB, 512KB or 1048576");
        fails(c -> c.setMaxBatchEvents("many"), "maxBatchEvents 'many' is not a whole number");
        fails(c -> c.setOverflowPolicy("SPILL"), "overflowPolicy 'SPILL' is unknown: use DROP_NEWEST, DROP_OLDEST");
        fails(c -> c.setMaxBatchEvents("0"), "maxBatchEvents must be > 0");
        fails(c -> c.setMaxInFlightBatches("several"), "maxInFlightBatches 'several' is not a whole number");
        fails(c -> c.setMaxInFlightBatches("0"), "maxInFlightBatches must be > 0 but was 0");
        fails(c -> {
            c.setDestination("https");
            c.setUrl("https://collector.example/logs");
            c.setApiKeyFile("/etc/hostname");
            c.setGzip("yes");
        }, "gzip 'yes' must be true or false");
    }

    @Test
    void aUrlWithCredentialsIsRefusedWithoutRepeatingThem() {
        assertThatThrownBy(() -> config(c -> {
            c.setDestination("https");
            c.setUrl("https://user:s3cret@collector.example/logs");
        }).validate()).hasMessage("url carries credentials (user:password@): remove them and use apiKeyEnv or"
                + " apiKeyFile").hasMessageNotContaining("s3cret");
        assertThat(config(c -> c.setUrl("https://user:s3cret@x/")).toString()).doesNotContain("s3cret");
    }

    @Test
    void settingsForAnotherDestinationAreReportedAsIgnored() {
        assertThat(config(c -> {
            c.setDestination("file");
            c.setFile(dir.resolve("e.ndjson").toString());
            c.setUrl("https://collector.example/logs");
            c.setSyslogHost("siem");
        }).validate()).containsExactly("url is ignored for destination file", "syslogHost is ignored for destination file");
    }

    @Test
    void maxInFlightBatchesIsReportedAsIgnoredWhereBatchesGoOneAtATime() {
        assertThat(config(c -> {
            c.setDestination("syslog");
            c.setSyslogHost("siem");
            c.setMaxInFlightBatches("8");
        }).validate()).containsExactly("maxInFlightBatches is ignored for destination syslog");
        assertThat(config(c -> {
            c.setDestination("https");
            c.setUrl("https://collector.example/logs");
            c.setApiKeyFile("/etc/hostname");
            c.setSpoolDirectory(dir.resolve("spool").toString());
            c.setMaxInFlightBatches("8");
        }).validate()).containsExactly(
                "maxInFlightBatches is ignored with spoolDirectory (batches are sent one at a time)");
        assertThat(config(c -> {
            c.setDestination("https");
            c.setUrl("https://collector.example/logs");
            c.setApiKeyFile("/etc/hostname");
            c.setMaxInFlightBatches("8");
        }).validate()).isEmpty();
    }

    @Test
    void headersFromOneStringOrOneByOne() {
        TransportConfig c = config(c1 -> {
            c1.setHeaders("X-Team=hmpps, X-Env: prod");
            c1.addHeaderLine("X-Channel: 3f2b=");
        });
        assertThat(c.getHeaders()).containsExactly(org.assertj.core.api.Assertions.entry("X-Team", "hmpps"),
                org.assertj.core.api.Assertions.entry("X-Env", "prod"),
                org.assertj.core.api.Assertions.entry("X-Channel", "3f2b="));
    }

    @Test
    void spoolSettingsBuildADiskSpoolAndMakeSpoolTheDefaultPolicy() {
        PipelineSettings s = config(c -> {
            c.setSpoolDirectory(dir.resolve("spool").toString());
            c.setSpoolMaxBytes("64MB");
            c.setSpoolMaxSegmentBytes("1MB");
            c.setSpoolFullPolicy("refuse-newest");
            c.setSpoolFsync("always");
            c.setSpoolFsyncInterval("2 seconds");
        }).pipelineSettings();
        assertThat(s.overflowPolicy()).isEqualTo(OverflowPolicy.SPOOL);
        assertThat(s.spool().directory()).isEqualTo(dir.resolve("spool"));
        assertThat(s.spool().maxBytes()).isEqualTo(64L << 20);
        assertThat(s.spool().maxSegmentBytes()).isEqualTo(1L << 20);
        assertThat(s.spool().fullPolicy()).isEqualTo(SpoolFullPolicy.REFUSE_NEWEST);
        assertThat(s.spool().fsyncPolicy()).isEqualTo(FsyncPolicy.ALWAYS);
        assertThat(s.spool().fsyncInterval()).isEqualTo(Duration.ofSeconds(2));
        fails(c -> c.setOverflowPolicy("spool"), "overflowPolicy SPOOL needs spoolDirectory");
        fails(c -> {
            c.setSpoolDirectory(dir.toString());
            c.setSpoolFsync("sometimes");
        }, "spoolFsync 'sometimes' is unknown: use ALWAYS, INTERVAL, NEVER");
        assertThat(config(c -> c.setSpoolMaxBytes("1GB")).validate())
                .containsExactly("spoolMaxBytes is ignored without spoolDirectory");
    }

    @Test
    void theFileDestinationIsBuiltAndDelivers() throws Exception {
        Path file = dir.resolve("events.ndjson");
        DeliveryPipeline p = config(c -> {
            c.setDestination("FILE");
            c.setFile(file.toString());
            c.setMaxFileSize("1MB");
            c.setMaxRolledFiles("2");
            c.setLinger("1ms");
        }).build(new RecordingStatusReporter(), DeliveryListener.NO_OP);
        p.start();
        p.offer(uk.gov.justice.securityevents.transport.testsupport.TestEvents.event(1));
        assertThat(p.stop(Duration.ofSeconds(5))).isZero();
        assertThat(Files.readAllLines(file)).hasSize(1);
    }
}
