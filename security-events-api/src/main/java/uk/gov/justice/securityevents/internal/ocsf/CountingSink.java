package uk.gov.justice.securityevents.internal.ocsf;

import java.io.OutputStream;

/** Counts bytes without keeping them: measures an event's untruncated size without allocating it. */
final class CountingSink extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }

    void reset() {
        count = 0;
    }

    long count() {
        return count;
    }
}
