package uk.gov.justice.securityevents.transport.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;
import uk.gov.justice.securityevents.transport.HttpCollectorDestination;
import uk.gov.justice.securityevents.transport.TlsSettings;
import uk.gov.justice.securityevents.transport.internal.http.HttpBatchSender;
import uk.gov.justice.securityevents.transport.internal.tls.TlsFailures;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector;
import uk.gov.justice.securityevents.transport.testsupport.TestPki;

/**
 * The HTTPS destination against the real HTTPS {@link TestCollector} presenting good and bad certificates
 * generated in the test: each bad case is not delivered, retried, and reported with a message naming the problem.
 */
class HttpsCertificateRefusalTest {

    static TestPki ca;
    static TestPki otherCa;

    @TempDir
    Path dir;
    TestCollector collector;
    TlsPeers peers;

    @BeforeAll
    static void pki() {
        ca = TestPki.ca("security-events test CA");
        otherCa = TestPki.ca("some other CA");
    }

    @AfterEach
    void tearDown() {
        if (peers != null) {
            peers.close();
        }
        if (collector != null) {
            collector.close();
        }
    }

    TlsPeers pipelineTo(SSLContext server, boolean needClientAuth, TlsSettings tls) {
        collector = TestCollector.start(server, needClientAuth, 0);
        peers = new TlsPeers(HttpCollectorDestination.builder(collector.uri()).tls(tls)
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(5)).build());
        return peers;
    }

    void assertRefused(String expected) {
        peers.offer(1, 3);
        String line = peers.awaitFailing();
        DeliverySnapshot s = peers.snapshot();
        assertThat(line).contains(expected).doesNotContain(TestPki.PASSWORD);
        assertThat(peers.listener.callsStartingWith("retry")).first().asString().contains(expected);
        assertThat(s.delivered()).isZero();
        assertThat(s.retries()).isPositive();
        assertThat(s.failing()).isTrue();
        assertThat(collector.events()).isEmpty();
    }

    @Test
    void aCertificateFromTheTrustedCaForTheHostIsAccepted() {
        pipelineTo(ca.server("127.0.0.1").serverContext(null), false, ca.clientTrust(dir));
        peers.offer(1, 3);
        peers.awaitDelivered(3);
        assertThat(collector.events()).hasSize(3);
        assertThat(peers.snapshot().retries()).isZero();
    }

    @Test
    void anExpiredCertificateIsRefusedSayingWhenItExpired() {
        TestPki.Leaf expired = ca.expiredServer("127.0.0.1");
        pipelineTo(expired.serverContext(null), false, ca.clientTrust(dir));
        assertRefused("SSLHandshakeException: certificate for 127.0.0.1 expired on "
                + expired.cert().getNotAfter().toInstant());
    }

    @Test
    void aCertificateFromAnotherCaIsRefusedAsUntrusted() {
        pipelineTo(otherCa.server("127.0.0.1").serverContext(null), false, ca.clientTrust(dir));
        assertRefused("certificate for 127.0.0.1 is not trusted by the configured trust store (CN=127.0.0.1, issued by CN=some other CA)");
    }

    @Test
    void aSelfSignedCertificateIsRefusedAsUntrusted() {
        pipelineTo(TestPki.selfSigned("127.0.0.1").serverContext(null), false, ca.clientTrust(dir));
        assertRefused("certificate for 127.0.0.1 is not trusted by the configured trust store (CN=127.0.0.1 (self-signed), self-signed)");
    }

    @Test
    void theSelfSignedCertificateIsAlsoRefusedByThePlatformTrustStore() {
        pipelineTo(TestPki.selfSigned("127.0.0.1").serverContext(null), false, TlsSettings.platformDefault());
        assertRefused("certificate for 127.0.0.1 is not trusted by the platform trust store");
    }

    @Test
    void aCertificateForAnotherHostIsRefused() {
        pipelineTo(ca.server("collector.example.org", "10.9.8.7").serverContext(null), false, ca.clientTrust(dir));
        assertRefused("certificate does not match host 127.0.0.1 (it is for DNS:collector.example.org, IP:10.9.8.7)");
    }

    @Test
    void mutualTlsDeliversWithAClientCertificateTheCollectorTrusts() throws Exception {
        TestPki clients = TestPki.ca("client CA");
        TlsSettings tls = clients.client("service-a").clientSettings(Files.createDirectories(dir.resolve("c")), "client", ca);
        pipelineTo(ca.server("127.0.0.1").serverContext(clients), true, tls);
        peers.offer(1, 3);
        peers.awaitDelivered(3);
        assertThat(collector.events()).hasSize(3);
    }

    @Test
    void mutualTlsWithoutAClientCertificateIsRefusedClearly() {
        pipelineTo(ca.server("127.0.0.1").serverContext(TestPki.ca("client CA")), true, ca.clientTrust(dir));
        peers.offer(1, 3);
        String line = peers.awaitFailing();
        // TLS 1.2 names the refusal in an alert; with TLS 1.3 the JDK client finishes its handshake before the
        // collector refuses and reports only the closed connection: either way the line says what to check.
        assertThat(line).containsPattern("is failing: (SSLHandshakeException: "
                + Pattern.quote(TlsFailures.CLIENT_CERTIFICATE_REFUSED)
                + " \\[Received fatal alert: (certificate_required|bad_certificate)\\]"
                + "|IOException: HTTP/1.1 header parser received no bytes"
                + Pattern.quote(HttpBatchSender.NO_RESPONSE_HINT) + ")");
        assertThat(peers.snapshot().delivered()).isZero();
        assertThat(collector.events()).isEmpty();
    }

    @Test
    void mutualTlsWithAClientCertificateFromAnotherCaIsRefused() throws Exception {
        TlsSettings tls = otherCa.client("intruder").clientSettings(Files.createDirectories(dir.resolve("c")), "client", ca);
        pipelineTo(ca.server("127.0.0.1").serverContext(TestPki.ca("client CA")), true, tls);
        peers.offer(1, 3);
        String line = peers.awaitFailing();
        assertThat(line).containsPattern("is failing: (SSLHandshakeException: "
                + Pattern.quote(TlsFailures.CLIENT_CERTIFICATE_REFUSED)
                + " \\[Received fatal alert: (certificate_unknown|bad_certificate|unknown_ca)\\]"
                + "|IOException: HTTP/1.1 header parser received no bytes"
                + Pattern.quote(HttpBatchSender.NO_RESPONSE_HINT) + ")");
        assertThat(peers.snapshot().delivered()).isZero();
        assertThat(collector.events()).isEmpty();
    }
}
