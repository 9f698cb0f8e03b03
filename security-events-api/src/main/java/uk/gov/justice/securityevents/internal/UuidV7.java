package uk.gov.justice.securityevents.internal;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** RFC 9562 UUID version 7: 48-bit Unix milliseconds then random bits, so ids sort by time in storage indexes. */
public final class UuidV7 {
    private UuidV7() {
    }

    /**
     * A UUIDv7 for the given time.
     *
     * @param epochMillis the time in Unix milliseconds
     * @return the id
     */
    public static UUID at(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (epochMillis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** A random (version 4) id from a strong source, for producer instance ids. */
    public static String randomInstanceId() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0F) | 0x40);
        b[8] = (byte) ((b[8] & 0x3F) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (b[i] & 0xFF);
            lsb = (lsb << 8) | (b[i + 8] & 0xFF);
        }
        return new UUID(msb, lsb).toString();
    }
}
