package uk.gov.justice.securityevents.transport.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.transport.StatusReporter;
import uk.gov.justice.securityevents.transport.TlsSettings;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.TestPki;

/** The file watch behind certificate rotation: what counts as a change, and a bad new file. */
class ReloadingSslContextTest {

    @TempDir
    Path dir;

    @Test
    void reloadsOnlyWhenTheContentChangesAndKeepsTheOldContextWhenTheNewFileIsBad() throws Exception {
        TestPki ca = TestPki.ca("ca");
        TlsSettings tls = ca.client("a").clientSettings(dir, "client", ca);
        ReloadingSslContext ctx = (ReloadingSslContext) SslContexts.create(tls, SecretResolver.system());
        RecordingStatusReporter status = new RecordingStatusReporter();
        SslContexts.reportReloads(ctx, "HTTP collector https://127.0.0.1:1/", status);
        SSLContext first = ctx.current();
        assertThat(ctx.reloads()).isZero();

        Files.setLastModifiedTime(tls.keyStore(), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertThat(ctx.current()).isSameAs(first); // touched, same bytes
        assertThat(ctx.reloads()).isZero();
        assertThat(status.lines()).as("nothing to report for a touched file").isEmpty();

        ca.client("b").writePkcs12(tls.keyStore());
        SSLContext second = ctx.current();
        assertThat(second).isNotSameAs(first);
        assertThat(ctx.reloads()).isEqualTo(1);
        assertThat(status.lines()).containsExactly("INFO HTTP collector https://127.0.0.1:1/: TLS files reloaded"
                + " (1 since start): new connections use them");

        Files.writeString(tls.keyStore(), "half-written");
        assertThat(ctx.current()).isSameAs(second);
        assertThat(ctx.lastReloadFailure()).startsWith("tls.keyStore: cannot read PKCS12 key store")
                .doesNotContain(TestPki.PASSWORD);
        assertThat(status.linesStartingWith("WARN ")).singleElement().asString()
                .startsWith("WARN HTTP collector https://127.0.0.1:1/: TLS files changed but cannot be loaded, new"
                        + " connections keep the previous ones until they are fixed: tls.keyStore: cannot read PKCS12")
                .doesNotContain(TestPki.PASSWORD);

        // the same bad bytes again (rewritten, new time stamp): not loaded or reported a second time
        Files.writeString(tls.keyStore(), "half-written");
        Files.setLastModifiedTime(tls.keyStore(), FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        assertThat(ctx.current()).isSameAs(second);
        assertThat(status.linesStartingWith("WARN ")).hasSize(1);

        ca.client("c").writePkcs12(tls.keyStore());
        assertThat(ctx.current()).isNotSameAs(second);
        assertThat(ctx.lastReloadFailure()).isNull();
        assertThat(ctx.reloads()).isEqualTo(2);
        assertThat(status.lines()).last().isEqualTo("INFO HTTP collector https://127.0.0.1:1/: TLS files reloaded (2"
                + " since start): new connections use them");
    }

    @Test
    void aReporterThatThrowsDoesNotBreakTheReload() throws Exception {
        TestPki ca = TestPki.ca("ca");
        TlsSettings tls = ca.client("a").clientSettings(dir, "client", ca);
        ReloadingSslContext ctx = (ReloadingSslContext) SslContexts.create(tls, SecretResolver.system());
        ctx.reportTo(new StatusReporter() {
            @Override
            public void warn(String message) {
                throw new IllegalStateException("reporter down");
            }

            @Override
            public void info(String message) {
                throw new IllegalStateException("reporter down");
            }
        }, "HTTP collector https://127.0.0.1:1/");
        SSLContext first = ctx.current();
        ca.client("b").writePkcs12(tls.keyStore());
        assertThat(ctx.current()).isNotSameAs(first);
        Files.writeString(tls.keyStore(), "half-written");
        assertThat(ctx.current()).isNotSameAs(first);
        assertThat(ctx.lastReloadFailure()).startsWith("tls.keyStore:");
    }

    @Test
    void pemTrustAndKeyStoresWork() throws Exception {
        TestPki ca = TestPki.ca("ca");
        Path caPem = ca.writeCaPem(dir.resolve("ca.pem"));
        Path combined = dir.resolve("client.pem");
        ca.client("a").writePem(combined, combined);
        TlsSettings tls = TlsSettings.builder().trustStore(caPem, TlsSettings.PEM, null)
                .keyStore(combined, TlsSettings.PEM, uk.gov.justice.securityevents.transport.SecretSource.fromFile(
                        Files.writeString(dir.resolve("pw"), "x"))).build();
        SSLContext ctx = SslContexts.create(tls, SecretResolver.system());
        assertThat(ctx.createSSLEngine("127.0.0.1", 1)).isNotNull();
    }
}
