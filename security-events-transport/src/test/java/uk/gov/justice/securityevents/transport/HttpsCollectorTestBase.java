package uk.gov.justice.securityevents.transport;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.transport.testsupport.RecordingListener;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.TestCertificates;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector;

/**
 * What the tests against the real HTTPS {@link TestCollector} share: certificates generated once per class, a
 * temporary directory for the client's trust store, the collector and pipeline a test starts (both closed after it),
 * and the recording listener and status reporter the pipeline reports to.
 */
abstract class HttpsCollectorTestBase {

    static TestCertificates certs;
    @TempDir
    Path dir;

    TestCollector collector;
    DeliveryPipeline pipeline;
    final RecordingStatusReporter status = new RecordingStatusReporter();
    final RecordingListener listener = new RecordingListener();

    @BeforeAll
    static void certificates() {
        certs = TestCertificates.generate();
    }

    @AfterEach
    void stopPipelineAndCollector() {
        if (pipeline != null) {
            pipeline.stop(Duration.ofSeconds(2));
        }
        if (collector != null) {
            collector.close();
        }
    }
}
