package uk.gov.justice.securityevents.internal.ocsf;

/**
 * OCSF {@code time_dt} by hand: exactly {@code DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")} in UTC
 * of the instant truncated to microseconds, for years 0000-9999, without allocating (on JDK 17 the formatter builds
 * new zone rules and number strings on every call).
 */
final class TimeDt {
    /** Length of the text: {@value}. */
    static final int LENGTH = 27;
    /** 0000-01-01T00:00:00Z in epoch seconds. */
    static final long MIN_SECOND = -62_167_219_200L;
    /** 9999-12-31T23:59:59Z in epoch seconds. */
    static final long MAX_SECOND = 253_402_300_799L;

    private TimeDt() {
    }

    /**
     * Formats into {@code out[0..27)}.
     *
     * @param epochSecond seconds since the epoch
     * @param nano        nanoseconds within the second, 0-999,999,999
     * @param out         at least {@link #LENGTH} chars
     * @return false, writing nothing, when the year is outside 0000-9999
     */
    static boolean format(long epochSecond, int nano, char[] out) {
        if (epochSecond < MIN_SECOND || epochSecond > MAX_SECOND) {
            return false;
        }
        long days = Math.floorDiv(epochSecond, 86_400L);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        // civil from days (H. Hinnant), proleptic Gregorian, as java.time
        long z = days + 719_468L;
        long era = Math.floorDiv(z, 146_097L);
        long doe = z - era * 146_097L;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        int hour = secondOfDay / 3600;
        int minute = secondOfDay / 60 % 60;
        digits4(out, 0, year);
        out[4] = '-';
        digits2(out, 5, month);
        out[7] = '-';
        digits2(out, 8, day);
        out[10] = 'T';
        digits2(out, 11, hour);
        out[13] = ':';
        digits2(out, 14, minute);
        out[16] = ':';
        formatSecondOfMinute(secondOfDay % 60, nano, out);
        return true;
    }

    /**
     * Formats only the seconds, fraction and zone into {@code out[17..27)}, leaving the date, hour and minute that
     * {@link #format} wrote there before.
     *
     * @param second seconds within the minute, 0-59
     * @param nano   nanoseconds within the second, 0-999,999,999
     * @param out    chars holding a {@link #format}ted time of the same minute
     */
    static void formatSecondOfMinute(int second, int nano, char[] out) {
        int micros = nano / 1000;
        digits2(out, 17, second);
        out[19] = '.';
        digits2(out, 20, micros / 10_000);
        digits2(out, 22, micros / 100 % 100);
        digits2(out, 24, micros % 100);
        out[26] = 'Z';
    }

    private static void digits4(char[] out, int at, int v) {
        digits2(out, at, v / 100);
        digits2(out, at + 2, v % 100);
    }

    private static void digits2(char[] out, int at, int v) {
        out[at] = (char) ('0' + v / 10);
        out[at + 1] = (char) ('0' + v % 10);
    }
}
