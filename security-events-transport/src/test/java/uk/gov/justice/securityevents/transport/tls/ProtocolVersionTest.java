package uk.gov.justice.securityevents.transport.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.transport.Destination;
import uk.gov.justice.securityevents.transport.HttpCollectorDestination;
import uk.gov.justice.securityevents.transport.SyslogDestination;
import uk.gov.justice.securityevents.transport.testsupport.TestPki;

/**
 * TLS 1.2+ only, on both sockets. This JDK (17) disables TLS 1.0/1.1 in {@code jdk.tls.disabledAlgorithms}, so a
 * JSSE server cannot even be made to speak them; instead a raw server reads the client's ClientHello (recording
 * the versions offered) and answers with a TLS 1.1 ServerHello, as an old receiver would. The client must refuse:
 * independently of the JVM's security properties, because {@code SslContexts.PROTOCOLS} enables only 1.3 and 1.2.
 */
class ProtocolVersionTest {

    @TempDir
    Path dir;
    final List<List<Integer>> offered = new CopyOnWriteArrayList<>();
    ServerSocket server;
    TlsPeers peers;

    @AfterEach
    void tearDown() throws IOException {
        if (peers != null) {
            peers.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Answers every ClientHello with a TLS 1.1 (0x0302) ServerHello choosing TLS_RSA_WITH_AES_128_CBC_SHA. */
    int startTls11Server() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    s.setSoTimeout(5000);
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    byte[] header = new byte[5];
                    in.readFully(header);
                    byte[] body = new byte[((header[3] & 0xff) << 8) | (header[4] & 0xff)];
                    in.readFully(body);
                    offered.add(supportedVersions(body));
                    byte[] hello = new byte[4 + 38];
                    hello[0] = 2;
                    hello[3] = 38;
                    hello[4] = 3;
                    hello[5] = 2; // server_version TLS 1.1
                    for (int i = 0; i < 32; i++) {
                        hello[6 + i] = (byte) (i * 7 + 1); // random
                    }
                    hello[38] = 0; // session id length
                    hello[39] = 0;
                    hello[40] = 0x2f; // cipher suite
                    hello[41] = 0; // compression
                    OutputStream out = s.getOutputStream();
                    out.write(new byte[] {0x16, 3, 2, 0, (byte) hello.length});
                    out.write(hello);
                    out.flush();
                    s.getInputStream().read(new byte[64]); // the client's alert, or EOF
                } catch (IOException e) {
                    // next connection
                }
            }
        }, "tls11-server");
        t.setDaemon(true);
        t.start();
        return server.getLocalPort();
    }

    /** @return the versions in the ClientHello's supported_versions extension (legacy version if absent) */
    static List<Integer> supportedVersions(byte[] hs) {
        int p = 4; // handshake header
        int legacy = ((hs[p] & 0xff) << 8) | (hs[p + 1] & 0xff);
        p += 2 + 32;
        p += 1 + (hs[p] & 0xff);
        p += 2 + (((hs[p] & 0xff) << 8) | (hs[p + 1] & 0xff));
        p += 1 + (hs[p] & 0xff);
        int end = p + 2 + (((hs[p] & 0xff) << 8) | (hs[p + 1] & 0xff));
        p += 2;
        while (p + 4 <= end) {
            int type = ((hs[p] & 0xff) << 8) | (hs[p + 1] & 0xff);
            int len = ((hs[p + 2] & 0xff) << 8) | (hs[p + 3] & 0xff);
            if (type == 0x2b) {
                List<Integer> v = new ArrayList<>();
                for (int i = p + 5; i < p + 4 + len; i += 2) {
                    v.add(((hs[i] & 0xff) << 8) | (hs[i + 1] & 0xff));
                }
                return v;
            }
            p += 4 + len;
        }
        return List.of(legacy);
    }

    void assertRefusedOldServer(Destination destination, String expected) {
        peers = new TlsPeers(destination);
        peers.offer(1, 2);
        String line = peers.awaitFailing();
        assertThat(line).contains(expected);
        assertThat(peers.snapshot().delivered()).isZero();
        assertThat(offered).isNotEmpty().allSatisfy(v -> assertThat(v).containsExactlyInAnyOrder(0x0304, 0x0303));
    }

    @Test
    void theJdkHereDisablesTls11Anyway() throws Exception {
        assertThat(java.security.Security.getProperty("jdk.tls.disabledAlgorithms")).contains("TLSv1.1");
        assertThat(SSLContext.getDefault().getDefaultSSLParameters().getProtocols()).doesNotContain("TLSv1.1", "TLSv1");
    }

    @Test
    void httpsRefusesAServerThatOnlySpeaksTls11() throws Exception {
        int port = startTls11Server();
        TestPki ca = TestPki.ca("ca");
        assertRefusedOldServer(HttpCollectorDestination.builder(URI.create("https://127.0.0.1:" + port + "/logs/v1/event"))
                .tls(ca.clientTrust(dir)).connectTimeout(Duration.ofSeconds(2)).build(),
                "SSLHandshakeException: the receiver does not offer TLS 1.2 or 1.3 (older versions are refused)"
                        + " [The server selected protocol version TLS11 is not accepted by client preferences"
                        + " [TLS13, TLS12]]");
    }

    @Test
    void syslogRefusesAServerThatOnlySpeaksTls11() throws Exception {
        int port = startTls11Server();
        TestPki ca = TestPki.ca("ca");
        assertRefusedOldServer(SyslogDestination.builder("127.0.0.1").port(port).tls(ca.clientTrust(dir))
                        .connectTimeout(Duration.ofSeconds(2)).build(),
                "SSLHandshakeException: the receiver does not offer TLS 1.2 or 1.3 (older versions are refused)");
    }
}
