package uk.gov.justice.securityevents.transport.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;
import uk.gov.justice.securityevents.transport.SyslogDestination;
import uk.gov.justice.securityevents.transport.TlsSettings;
import uk.gov.justice.securityevents.transport.testsupport.RsyslogServer;
import uk.gov.justice.securityevents.transport.testsupport.TestPki;

/**
 * The syslog destination against a real rsyslog (GnuTLS) presenting good and bad certificates generated in the
 * test, with and without client-certificate authentication ({@code x509/certvalid}). Skipped without rsyslog
 * unless {@code SECURITY_EVENTS_REQUIRE_RSYSLOG=true}.
 */
class RsyslogCertificateRefusalTest {

    static TestPki ca;
    static TestPki otherCa;
    static TestPki clientCa;

    @TempDir
    Path dir;
    RsyslogServer rsyslog;
    TlsPeers peers;

    @BeforeAll
    static void pki() {
        ca = TestPki.ca("security-events test CA");
        otherCa = TestPki.ca("some other CA");
        clientCa = TestPki.ca("client CA");
    }

    @BeforeEach
    void rsyslogPresent() {
        RsyslogServer.assumeAvailable();
    }

    @AfterEach
    void tearDown() {
        if (peers != null) {
            peers.close();
        }
        if (rsyslog != null) {
            rsyslog.close();
        }
    }

    void pipelineTo(TestPki.Leaf server, String authMode, TlsSettings tls) throws Exception {
        rsyslog = RsyslogServer.start(Files.createDirectories(dir.resolve("rsyslog")), server, clientCa, authMode);
        peers = new TlsPeers(SyslogDestination.builder("127.0.0.1").port(rsyslog.port()).tls(tls)
                .connectTimeout(Duration.ofSeconds(2)).writeTimeout(Duration.ofSeconds(2)).build());
    }

    TlsSettings trust() throws Exception {
        return ca.clientTrust(Files.createDirectories(dir.resolve("client")));
    }

    void assertRefused(String expected) throws Exception {
        peers.offer(1, 3);
        String line = peers.awaitFailing();
        DeliverySnapshot s = peers.snapshot();
        assertThat(line).contains(expected).doesNotContain(TestPki.PASSWORD);
        assertThat(peers.listener.callsStartingWith("retry")).first().asString().contains(expected);
        assertThat(s.delivered()).isZero();
        assertThat(s.retries()).isPositive();
        Thread.sleep(300);
        assertThat(rsyslog.receivedLines()).isEmpty();
    }

    @Test
    void aGoodCertificateIsAcceptedAndEveryEventArrives() throws Exception {
        pipelineTo(ca.server("127.0.0.1"), "anon", trust());
        peers.offer(1, 3);
        peers.awaitDelivered(3);
        org.awaitility.Awaitility.await().atMost(TlsPeers.WAIT).until(() -> rsyslog.receivedLines().size() == 3);
    }

    @Test
    void anExpiredCertificateIsRefused() throws Exception {
        TestPki.Leaf expired = ca.expiredServer("127.0.0.1");
        pipelineTo(expired, "anon", trust());
        assertRefused("SSLHandshakeException: certificate for 127.0.0.1 expired on " + expired.cert().getNotAfter().toInstant());
    }

    @Test
    void aCertificateFromAnotherCaIsRefused() throws Exception {
        pipelineTo(otherCa.server("127.0.0.1"), "anon", trust());
        assertRefused("certificate for 127.0.0.1 is not trusted by the configured trust store");
    }

    @Test
    void aSelfSignedCertificateIsRefused() throws Exception {
        pipelineTo(TestPki.selfSigned("127.0.0.1"), "anon", trust());
        assertRefused("certificate for 127.0.0.1 is not trusted by the configured trust store (CN=127.0.0.1 (self-signed), self-signed)");
    }

    @Test
    void aCertificateForAnotherHostIsRefused() throws Exception {
        pipelineTo(ca.server("siem.example.org"), "anon", trust());
        assertRefused("certificate does not match host 127.0.0.1 (it is for DNS:siem.example.org)");
    }

    @Test
    void mutualTlsDeliversWithATrustedClientCertificate() throws Exception {
        TlsSettings tls = clientCa.client("service-a").clientSettings(Files.createDirectories(dir.resolve("c")), "client", ca);
        pipelineTo(ca.server("127.0.0.1"), "x509/certvalid", tls);
        peers.offer(1, 3);
        peers.awaitDelivered(3);
        org.awaitility.Awaitility.await().atMost(TlsPeers.WAIT).until(() -> rsyslog.receivedLines().size() == 3);
    }

    @Test
    void mutualTlsWithoutAClientCertificateIsRefusedAndNothingCountsAsDelivered() throws Exception {
        pipelineTo(ca.server("127.0.0.1"), "x509/certvalid", trust());
        assertRefused("the receiver requires a client certificate it trusts (mutual TLS) and refused the connection: none was sent (configure tls.keyStore)");
    }

    @Test
    void mutualTlsWithAClientCertificateFromAnotherCaIsRefused() throws Exception {
        TlsSettings tls = otherCa.client("intruder").clientSettings(Files.createDirectories(dir.resolve("c")), "client", ca);
        pipelineTo(ca.server("127.0.0.1"), "x509/certvalid", tls);
        assertRefused("the receiver requires a client certificate it trusts (mutual TLS) and refused the connection: none was sent (tls.keyStore holds no certificate issued by a CA the receiver accepts)");
    }
}
