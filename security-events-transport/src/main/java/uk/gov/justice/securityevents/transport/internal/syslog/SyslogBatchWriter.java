package uk.gov.justice.securityevents.transport.internal.syslog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import uk.gov.justice.securityevents.transport.DeliveryResult;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.transport.internal.common.DaemonThreadFactory;
import uk.gov.justice.securityevents.transport.internal.common.SafeText;

/**
 * Formats and frames a batch, then writes it on a dedicated writer thread. Socket writes have no timeout in Java,
 * so the writer runs apart from the pipeline's sender: when the sender's attempt deadline passes it cancels the
 * future, which aborts the socket and unblocks the writer. A failed write closes the connection; the next attempt
 * reconnects (the pipeline's back-off spaces the attempts out).
 */
public final class SyslogBatchWriter implements AutoCloseable {

    /** How long {@link #close()} waits for the writer thread to end. */
    static final long CLOSE_WAIT_MILLIS = 1_000;

    private final Rfc5424Formatter formatter;
    private final SyslogConnection connection;
    private final String description;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(new DaemonThreadFactory("syslog"));

    /**
     * @param formatter            message formatter
     * @param host                 receiver host (resolved on every connect)
     * @param port                 receiver port
     * @param ssl                  TLS context, or {@code null} for plain TCP
     * @param connectTimeoutMillis connect and handshake timeout
     * @param description          for messages
     */
    public SyslogBatchWriter(Rfc5424Formatter formatter, String host, int port, SSLContext ssl,
                             int connectTimeoutMillis, String description) {
        this.formatter = formatter;
        this.connection = new SyslogConnection(host, port, ssl, connectTimeoutMillis);
        this.description = description;
    }

    /**
     * @param batch events
     * @return the outcome; cancelling it aborts the connection
     */
    public CompletableFuture<DeliveryResult> send(List<OutboundEvent> batch) {
        List<byte[]> messages = new ArrayList<>(batch.size());
        for (OutboundEvent e : batch) {
            messages.add(formatter.format(e));
        }
        byte[] frames = OctetCounting.frame(messages);
        CompletableFuture<DeliveryResult> result = new CompletableFuture<>();
        result.whenComplete((r, t) -> {
            if (result.isCancelled()) {
                connection.abort();
            }
        });
        try {
            writer.execute(() -> {
                if (result.isDone()) {
                    return;
                }
                try {
                    connection.write(frames);
                    result.complete(DeliveryResult.delivered());
                } catch (Exception e) {
                    connection.close();
                    result.complete(DeliveryResult.retryable(description + ": " + SafeText.describe(e), null));
                }
            });
        } catch (RejectedExecutionException closed) {
            result.complete(DeliveryResult.retryable(description + ": destination closed", null));
        }
        return result;
    }

    /** Aborts any write in progress and ends the writer thread. */
    @Override
    public void close() {
        connection.abort();
        writer.shutdownNow();
        try {
            // the abort above unblocks a stuck write, so this wait is short; bounded in any case
            writer.awaitTermination(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
