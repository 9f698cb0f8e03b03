package uk.gov.justice.securityevents.transport;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import uk.gov.justice.securityevents.transport.internal.codec.NdjsonBuffer;

/**
 * Writes each batch as NDJSON to standard output: the default destination. On the MoJ Cloud Platform, Fluent Bit
 * already carries container stdout to the Cyber Security Logging Platform, so no network code is needed.
 *
 * <p>The stream is captured when the destination is created. A write error ({@link PrintStream#checkError()}) is a
 * permanent failure: the stream stays broken, so retrying would stall the pipeline.
 */
public final class StdoutDestination implements Destination {

    /** Longest a write may take before the pipeline gives up on it: 30 s (a blocked pipe reader). */
    public static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

    private final PrintStream out;
    private final NdjsonBuffer lines = new NdjsonBuffer();

    private StdoutDestination(PrintStream out) {
        this.out = out;
    }

    /** @return a destination writing to {@link System#out} as it is now */
    public static StdoutDestination create() {
        return new StdoutDestination(System.out);
    }

    /**
     * @param out the stream to write to (e.g. for tests)
     * @return a destination writing to it
     */
    public static StdoutDestination writingTo(PrintStream out) {
        return new StdoutDestination(Objects.requireNonNull(out, "out"));
    }

    @Override
    public String description() {
        return "stdout";
    }

    @Override
    public CompletableFuture<DeliveryResult> send(List<OutboundEvent> batch) {
        lines.encode(batch); // one write per batch, from a buffer reused by every batch (sends are sequential)
        out.write(lines.array(), 0, lines.length());
        out.flush();
        return CompletableFuture.completedFuture(out.checkError()
                ? DeliveryResult.permanentFailure("write to stdout failed")
                : DeliveryResult.delivered());
    }

    @Override
    public Duration attemptTimeout() {
        return ATTEMPT_TIMEOUT;
    }

    /** Flushes; never closes the process's standard output. */
    @Override
    public void close() {
        out.flush();
    }
}
