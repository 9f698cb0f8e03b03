package uk.gov.justice.securityevents.transport.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.transport.HttpCollectorDestination;
import uk.gov.justice.securityevents.transport.SyslogDestination;
import uk.gov.justice.securityevents.transport.TlsSettings;
import uk.gov.justice.securityevents.transport.testsupport.RsyslogServer;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector;
import uk.gov.justice.securityevents.transport.testsupport.TestPki;

/**
 * Rotating the client key store on disk: the running pipeline's next connection presents the new certificate,
 * which is the only one the restarted server trusts. No pipeline or destination is rebuilt.
 */
class CertificateRotationTest {

    final TestPki ca = TestPki.ca("security-events test CA");
    final TestPki oldClients = TestPki.ca("old client CA");
    final TestPki newClients = TestPki.ca("new client CA");
    @TempDir
    Path dir;
    TestCollector collector;
    RsyslogServer rsyslog;
    TlsPeers peers;

    @AfterEach
    void tearDown() {
        if (peers != null) {
            peers.close();
        }
        if (collector != null) {
            collector.close();
        }
        if (rsyslog != null) {
            rsyslog.close();
        }
    }

    @Test
    void httpsTheNextConnectionUsesTheRotatedClientCertificate() throws Exception {
        Path client = Files.createDirectories(dir.resolve("client"));
        TlsSettings tls = oldClients.client("service-a").clientSettings(client, "client", ca);
        TestPki.Leaf server = ca.server("127.0.0.1");
        collector = TestCollector.start(server.serverContext(oldClients), true, 0);
        int port = collector.port();
        peers = new TlsPeers(HttpCollectorDestination.builder(collector.uri()).tls(tls)
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(5)).build());
        peers.offer(1, 3);
        peers.awaitDelivered(3);

        collector.close(); // the collector now trusts only the new client CA
        collector = TestCollector.start(server.serverContext(newClients), true, port);
        peers.offer(4, 3);
        await("refused with the old certificate").atMost(TlsPeers.WAIT).until(() -> peers.snapshot().retries() >= 2);
        assertThat(peers.snapshot().delivered()).isEqualTo(3);
        assertThat(collector.events()).isEmpty();

        // a rotation that goes wrong first (a half-written file): reported, the old certificate stays in use
        Files.writeString(client.resolve("client.p12"), "half-written");
        await("the failed reload on the status line").atMost(TlsPeers.WAIT)
                .until(() -> !peers.status.linesStartingWith("WARN HTTP collector").isEmpty());
        assertThat(peers.status.linesStartingWith("WARN HTTP collector")).singleElement().asString()
                .contains("TLS files changed but cannot be loaded").contains("tls.keyStore")
                .doesNotContain(TestPki.PASSWORD);
        assertThat(peers.snapshot().delivered()).isEqualTo(3);

        newClients.client("service-a").writePkcs12(client.resolve("client.p12")); // rotation, same path
        peers.awaitDelivered(6);
        assertThat(collector.events()).hasSize(3);
        assertThat(peers.status.linesStartingWith("INFO delivery to")).anyMatch(l -> l.contains("recovered"));
        assertThat(peers.status.linesStartingWith("INFO HTTP collector"))
                .anyMatch(l -> l.contains("TLS files reloaded"));
    }

    @Test
    void syslogTheNextConnectionUsesTheRotatedClientCertificate() throws Exception {
        RsyslogServer.assumeAvailable();
        Path client = Files.createDirectories(dir.resolve("client"));
        TlsSettings tls = oldClients.client("service-a").clientSettings(client, "client", ca);
        Path rsyslogDir = Files.createDirectories(dir.resolve("rsyslog"));
        rsyslog = RsyslogServer.start(rsyslogDir, ca.server("127.0.0.1"), oldClients, "x509/certvalid");
        peers = new TlsPeers(SyslogDestination.builder("127.0.0.1").port(rsyslog.port()).tls(tls)
                .connectTimeout(Duration.ofSeconds(2)).writeTimeout(Duration.ofSeconds(2)).build());
        peers.offer(1, 3);
        peers.awaitDelivered(3);
        await().atMost(TlsPeers.WAIT).until(() -> rsyslog.receivedLines().size() == 3);

        rsyslog.stopDaemon(); // rsyslog now trusts only the new client CA
        newClients.writeCaPem(rsyslogDir.resolve("ca.pem"));
        rsyslog.startDaemon();
        peers.offer(4, 3);
        await("refused with the old certificate").atMost(TlsPeers.WAIT).until(() -> peers.snapshot().retries() >= 2);
        assertThat(peers.snapshot().delivered()).isEqualTo(3);
        assertThat(peers.listener.callsStartingWith("retry")).last().asString()
                .contains("the receiver requires a client certificate it trusts (mutual TLS)");

        newClients.client("service-a").writePkcs12(client.resolve("client.p12"));
        peers.awaitDelivered(6);
        await().atMost(TlsPeers.WAIT).until(() -> rsyslog.receivedLines().size() == 6);
    }
}
