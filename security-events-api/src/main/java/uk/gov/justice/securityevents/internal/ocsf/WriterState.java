package uk.gov.justice.securityevents.internal.ocsf;

/**
 * What one thread reuses from event to event: the {@link Utf8JsonWriter} (and its buffer) and the {@link JsonOut}
 * over it. The writer takes it with {@link #acquire()} and gives it back with {@link #release()}; a nested call on the
 * same thread while it is taken (a redaction listener, a sink or an integrity chain that writes an event itself) gets
 * a fresh, unshared one, so it never overwrites an event being written. After a failure mid-event the state is
 * discarded ({@link #discard()}), so nothing of that event can reach the next one.
 */
final class WriterState {
    private static final ThreadLocal<WriterState> PER_THREAD = new ThreadLocal<>();

    final Utf8JsonWriter json = new Utf8JsonWriter();
    final JsonOut out = new JsonOut(json);
    private boolean taken;
    private final boolean shared;

    private WriterState(boolean shared) {
        this.shared = shared;
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

    /** Gives the state back for the next event on this thread (dropping a buffer an unusually large event grew). */
    void release() {
        taken = false;
        json.reset(false);
    }

    /** Drops the state after a failure part-way through an event. */
    void discard() {
        taken = false;
        if (shared && PER_THREAD.get() == this) {
            PER_THREAD.remove();
        }
    }
}
