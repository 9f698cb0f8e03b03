package uk.gov.justice.securityevents.transport.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.transport.internal.tls.TlsFailures;

/** What a failed HTTPS exchange is reported as: the receiver's TLS refusals named, no secret, hints only where due. */
class FailureReasonTest {

    @Test
    void aClientCertificateRefusalInAnAlertIsNamedEvenWhenTheClientWrapsIt() {
        IOException wrapped = new IOException("handshake failed",
                new SSLHandshakeException("Received fatal alert: certificate_required"));
        assertThat(HttpBatchSender.reason(wrapped, null, true)).isEqualTo("SSLHandshakeException: "
                + TlsFailures.CLIENT_CERTIFICATE_REFUSED + " [Received fatal alert: certificate_required]");
        assertThat(HttpBatchSender.reason(new SSLHandshakeException("Received fatal alert: protocol_version"), null,
                true)).isEqualTo("SSLHandshakeException: " + TlsFailures.OLD_PROTOCOL
                        + " [Received fatal alert: protocol_version]");
    }

    @Test
    void otherTlsFailuresKeepTheirOwnMessage() {
        // the trust manager's own explanation of a server certificate it refused
        SSLHandshakeException untrusted = new SSLHandshakeException("certificate of 127.0.0.1 is not trusted");
        assertThat(HttpBatchSender.reason(new IOException("wrapped", untrusted), null, true))
                .isEqualTo("IOException: wrapped");
        assertThat(HttpBatchSender.reason(untrusted, null, true))
                .isEqualTo("SSLHandshakeException: certificate of 127.0.0.1 is not trusted");
    }

    @Test
    void aConnectionClosedBeforeAnyAnswerGetsTheMutualTlsHintOnlyOverHttps() {
        IOException closed = new IOException("HTTP/1.1 header parser received no bytes");
        assertThat(HttpBatchSender.reason(closed, null, true))
                .isEqualTo("IOException: HTTP/1.1 header parser received no bytes" + HttpBatchSender.NO_RESPONSE_HINT);
        assertThat(HttpBatchSender.reason(closed, null, false))
                .isEqualTo("IOException: HTTP/1.1 header parser received no bytes");
        assertThat(HttpBatchSender.reason(new ConnectException("Connection refused"), null, true))
                .isEqualTo("ConnectException: Connection refused");
    }

    @Test
    void theSecretIsNeverShown() {
        String key = "k-0123456789abcdef";
        assertThat(HttpBatchSender.reason(new IOException("bad header Authorization: " + key), key, true))
                .doesNotContain(key);
    }
}
