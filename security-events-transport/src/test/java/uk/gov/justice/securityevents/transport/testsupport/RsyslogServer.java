package uk.gov.justice.securityevents.transport.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real rsyslog ({@code /usr/sbin/rsyslogd}, Debian packages {@code rsyslog} and {@code rsyslog-gnutls}) started
 * as a child process with its own configuration and work directory: {@code imtcp} with the GnuTLS driver on a free
 * loopback port, writing each received message's raw text ({@code %rawmsg%}) as one line of a file.
 */
public final class RsyslogServer implements AutoCloseable {

    /** Where Debian installs rsyslogd. */
    public static final Path RSYSLOGD = Path.of("/usr/sbin/rsyslogd");
    private static final Path GTLS_DRIVER = Path.of("/usr/lib/x86_64-linux-gnu/rsyslog/lmnsd_gtls.so");

    private final Path dir;
    private final int port;
    private final Path output;
    private final String authMode;
    private Process process;

    private RsyslogServer(Path dir, TestCertificates certs) throws IOException {
        this(dir, "anon", freePort());
        certs.writeServerPem(dir);
        Files.writeString(dir.resolve("rsyslog.conf"), config(), StandardCharsets.UTF_8);
    }

    private RsyslogServer(Path dir, String authMode, int port) throws IOException {
        this.dir = dir;
        this.authMode = authMode;
        this.port = port;
        this.output = dir.resolve("received.log");
        Files.createDirectories(dir.resolve("work"));
    }

    /**
     * Starts rsyslog with a given server certificate and, for mutual TLS, a client-certificate policy.
     *
     * @param dir      empty working directory
     * @param server   the certificate rsyslog presents (any: expired, wrong host, other CA…)
     * @param clientCa CA whose client certificates rsyslog accepts (written as its CA file); with
     *                 {@code authMode} {@code anon} it is not used
     * @param authMode {@code anon} (no client certificate) or {@code x509/certvalid} (a client certificate
     *                 issued by {@code clientCa} is required)
     * @return a started server
     */
    public static RsyslogServer start(Path dir, TestPki.Leaf server, TestPki clientCa, String authMode) {
        try {
            RsyslogServer s = new RsyslogServer(dir, authMode, freePort());
            server.writePem(dir.resolve("server-cert.pem"), dir.resolve("server-key.pem"));
            clientCa.writeCaPem(dir.resolve("ca.pem"));
            Files.writeString(dir.resolve("rsyslog.conf"), s.config(), StandardCharsets.UTF_8);
            s.startProcess();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return whether rsyslogd (and, where the path is known, its GnuTLS driver) is installed */
    public static boolean isInstalled() {
        return Files.isExecutable(RSYSLOGD);
    }

    /** Environment variable that turns a missing rsyslog from a skipped test into a failure (CI sets it). */
    public static final String REQUIRE_ENV = "SECURITY_EVENTS_REQUIRE_RSYSLOG";

    /**
     * For tests with an optional syslog leg.
     *
     * @return whether rsyslog is installed
     * @throws AssertionError if it is not and {@value #REQUIRE_ENV} is {@code true}
     */
    public static boolean availableOrFail() {
        if (isInstalled()) {
            return true;
        }
        if ("true".equalsIgnoreCase(System.getenv(REQUIRE_ENV))) {
            throw new AssertionError(missingMessage() + " (" + REQUIRE_ENV + "=true)");
        }
        return false;
    }

    /** Skips the calling test when rsyslog is missing, or fails it when {@value #REQUIRE_ENV} is {@code true}. */
    public static void assumeAvailable() {
        org.junit.jupiter.api.Assumptions.assumeTrue(availableOrFail(), missingMessage());
    }

    /** @return a message for JUnit assumptions when rsyslog is missing */
    public static String missingMessage() {
        return RSYSLOGD + " not installed: install the Debian packages rsyslog and rsyslog-gnutls to run this test";
    }

    /**
     * @param dir empty working directory
     * @param certs server certificate
     * @return a started server
     */
    public static RsyslogServer start(Path dir, TestCertificates certs) {
        try {
            RsyslogServer s = new RsyslogServer(dir, certs);
            s.startProcess();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String config() {
        return "global(workDirectory=\"" + dir.resolve("work") + "\"\n"
                + "       maxMessageSize=\"256k\"\n"
                + "       defaultNetstreamDriver=\"gtls\"\n"
                + "       defaultNetstreamDriverCAFile=\"" + dir.resolve("ca.pem") + "\"\n"
                + "       defaultNetstreamDriverCertFile=\"" + dir.resolve("server-cert.pem") + "\"\n"
                + "       defaultNetstreamDriverKeyFile=\"" + dir.resolve("server-key.pem") + "\")\n"
                + "module(load=\"imtcp\" StreamDriver.Name=\"gtls\" StreamDriver.Mode=\"1\""
                + " StreamDriver.AuthMode=\"" + authMode + "\")\n"
                + "input(type=\"imtcp\" address=\"127.0.0.1\" port=\"" + port + "\")\n"
                + "template(name=\"raw\" type=\"string\" string=\"%rawmsg%\\n\")\n"
                + "action(type=\"omfile\" file=\"" + output + "\" template=\"raw\")\n";
    }

    private void startProcess() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(RSYSLOGD.toString(), "-n", "-f", dir.resolve("rsyslog.conf").toString(),
                "-i", dir.resolve("rsyslogd.pid").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("rsyslogd.out").toFile()));
        process = pb.start();
        try {
            await("rsyslogd listening on 127.0.0.1:" + port + " (see " + dir.resolve("rsyslogd.out") + ")")
                    .atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("rsyslogd exited with " + process.exitValue() + ": "
                                    + Files.readString(dir.resolve("rsyslogd.out")));
                        }
                        return accepting();
                    });
        } catch (RuntimeException e) {
            stopProcess();
            throw new IllegalStateException("rsyslogd did not start; its output:\n" + log(), e);
        }
    }

    private boolean accepting() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** @return the TLS port on 127.0.0.1 */
    public int port() {
        return port;
    }

    /** @return every message received so far, one per line (UTF-8) */
    public List<String> receivedLines() {
        try {
            return Files.exists(output) ? Files.readAllLines(output, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops rsyslogd (it closes its connections; the port refuses connections until {@link #startDaemon()}). */
    public void stopDaemon() {
        stopProcess();
    }

    /** Starts rsyslogd again on the same port, appending to the same output file. */
    public void startDaemon() {
        try {
            startProcess();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops rsyslogd (closing its connections) and starts it again on the same port. */
    public void restart() {
        stopProcess();
        try {
            startProcess();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stopProcess() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** @return rsyslogd's own output, for failure messages */
    public String log() {
        try {
            Path p = dir.resolve("rsyslogd.out");
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        stopProcess();
    }

    /** @return whether the GnuTLS driver file is where Debian puts it (informational) */
    public static boolean gtlsDriverPresent() {
        return Files.exists(GTLS_DRIVER);
    }
}
