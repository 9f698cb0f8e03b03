package uk.gov.justice.securityevents.internal.ocsf;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * What one thread reuses from event to event: the output buffer, one Jackson generator (over a stream that can be
 * pointed at the buffer or at a byte counter), the {@link JsonOut} and a counting sink. The writer takes it with
 * {@link #acquire()} and gives it back with {@link #release()}; a nested call on the same thread while it is taken
 * (a redaction listener, a sink or an integrity chain that writes an event itself) gets a fresh, unshared one, so it
 * never overwrites an event being written. After a failure mid-event the generator may hold half an event, so the
 * state is discarded ({@link #discard()}).
 */
final class WriterState {
    /** Every writer's output goes through this configuration: complete escaping, no separator between events. */
    static final JsonFactory FACTORY = JsonFactory.builder().build();

    static {
        FACTORY.setCharacterEscapes(new SafeEscapes());
        FACTORY.setRootValueSeparator(null);
    }

    private static final ThreadLocal<WriterState> PER_THREAD = new ThreadLocal<>();

    final ReusableBuffer buffer = new ReusableBuffer();
    final CountingSink counter = new CountingSink();
    private final Target target = new Target();
    final JsonGenerator gen;
    final JsonOut out;
    private boolean taken;
    private final boolean shared;

    private WriterState(boolean shared) {
        this.shared = shared;
        try {
            gen = FACTORY.createGenerator(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out = new JsonOut(gen, Integer.MAX_VALUE, null);
    }

    /** This thread's state, or a fresh one when it is already in use further up the stack. */
    static WriterState acquire() {
        WriterState s = PER_THREAD.get();
        if (s == null) {
            s = new WriterState(true);
            PER_THREAD.set(s);
        } else if (s.taken) {
            s = new WriterState(false);
        }
        s.taken = true;
        return s;
    }

    /** Gives the state back for the next event on this thread. */
    void release() {
        taken = false;
        target.sink = null;
        buffer.reset();
    }

    /** Drops the state after a failure part-way through an event (the generator may hold a partial event). */
    void discard() {
        taken = false;
        target.sink = null;
        if (shared && PER_THREAD.get() == this) {
            PER_THREAD.remove();
        }
    }

    /** Points the generator at {@code sink} for the next pass. */
    void target(OutputStream sink) {
        target.sink = sink;
    }

    /** Where the generator flushes to: the buffer, or the counter for the untruncated size. */
    private static final class Target extends OutputStream {
        OutputStream sink;

        @Override
        public void write(int b) throws IOException {
            sink.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            sink.write(b, off, len);
        }
    }
}
