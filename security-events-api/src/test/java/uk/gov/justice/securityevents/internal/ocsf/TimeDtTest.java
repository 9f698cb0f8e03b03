package uk.gov.justice.securityevents.internal.ocsf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written {@code time_dt} formatter gives exactly what {@link DateTimeFormatter} gives, for any instant. */
class TimeDtTest {
    private static final DateTimeFormatter REFERENCE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private static void check(Instant t) {
        char[] out = new char[TimeDt.LENGTH];
        assertThat(TimeDt.format(t.getEpochSecond(), t.getNano(), out)).as("%s", t).isTrue();
        assertThat(new String(out)).as("%s", t).isEqualTo(REFERENCE.format(t.truncatedTo(ChronoUnit.MICROS)));
        assertThat(new String(out)).isEqualTo(OcsfEventWriter.formatTimeDt(t));
    }

    @Test
    void randomInstantsOverTheWholeRange() {
        SplittableRandom random = new SplittableRandom(20260501L);
        for (int i = 0; i < 1_000_000; i++) {
            check(Instant.ofEpochSecond(random.nextLong(TimeDt.MIN_SECOND, TimeDt.MAX_SECOND + 1),
                    random.nextInt(1_000_000_000)));
        }
    }

    @Test
    void randomInstantsNearNow() {
        SplittableRandom random = new SplittableRandom(7L);
        long now = Instant.parse("2026-05-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            check(Instant.ofEpochSecond(now + random.nextLong(-400L * 86_400 * 366, 400L * 86_400 * 366),
                    random.nextInt(1_000_000_000)));
        }
    }

    @Test
    void everyDayBoundaryAroundLeapYearsAndTheEdges() {
        String[] edges = {"0000-01-01T00:00:00Z", "0000-02-28T23:59:59.999999999Z", "0000-02-29T00:00:00Z",
            "0000-03-01T00:00:00Z", "1582-10-15T00:00:00Z", "1899-12-31T23:59:59.999999Z", "1900-02-28T12:00:00Z",
            "1900-03-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z",
            "1970-01-01T00:00:00.000000999Z", "1970-01-01T00:00:00.000001Z", "2000-02-29T23:59:59.123456789Z",
            "2100-02-28T00:00:00Z", "2100-03-01T00:00:00Z", "2400-02-29T00:00:00Z", "9999-12-31T23:59:59.999999999Z"};
        for (String edge : edges) {
            check(Instant.parse(edge));
        }
        for (long day = -719_528L; day <= 2_932_896L; day += 1) {
            check(Instant.ofEpochSecond(day * 86_400L));
            check(Instant.ofEpochSecond(day * 86_400L + 86_399L, 999_999_999));
        }
    }

    @Test
    void aWriterReusesTheDateAndMinuteOfItsLastTimeOnlyWithinTheSameMinute() {
        Utf8JsonWriter json = new Utf8JsonWriter();
        JsonOut out = new JsonOut(json);
        SplittableRandom random = new SplittableRandom(11L);
        long second = Instant.parse("1969-12-31T23:58:00Z").getEpochSecond();
        for (int i = 0; i < 300_000; i++) {
            double r = random.nextDouble();
            if (r < 0.8) {
                second += random.nextInt(4); // within the minute, now and then into the next one
            } else if (r < 0.95) {
                second -= random.nextInt(121); // back, often into an earlier minute
            } else if (r < 0.99) {
                second = random.nextLong(TimeDt.MIN_SECOND, TimeDt.MAX_SECOND + 1);
            } else {
                // outside 0000-9999 (DateTimeFormatter's text), then back to where it was
                long away = random.nextBoolean() ? TimeDt.MAX_SECOND + 1 + random.nextInt(120)
                        : TimeDt.MIN_SECOND - 1 - random.nextInt(120);
                write(json, out, Instant.ofEpochSecond(away, random.nextInt(1_000_000_000)));
            }
            second = Math.max(TimeDt.MIN_SECOND, Math.min(TimeDt.MAX_SECOND, second));
            write(json, out, Instant.ofEpochSecond(second, random.nextInt(1_000_000_000)));
        }
    }

    private static void write(Utf8JsonWriter json, JsonOut out, Instant t) {
        json.reset(false);
        out.reset(Integer.MAX_VALUE, Integer.MAX_VALUE, null, false, null);
        out.begin().timeDt("time_dt", t, OcsfEventWriter::formatTimeDt).end();
        assertThat(new String(json.copy(0), StandardCharsets.UTF_8)).as("%s", t)
                .isEqualTo("{\"time_dt\":\"" + REFERENCE.format(t.truncatedTo(ChronoUnit.MICROS)) + "\"}");
    }

    @Test
    void outsideYears0000To9999TheFormatterIsLeftToDateTimeFormatter() {
        char[] out = new char[TimeDt.LENGTH];
        assertThat(TimeDt.format(TimeDt.MIN_SECOND - 1, 999_999_999, out)).isFalse();
        assertThat(TimeDt.format(TimeDt.MAX_SECOND + 1, 0, out)).isFalse();
        assertThat(OcsfEventWriter.formatTimeDt(Instant.parse("+10000-01-01T00:00:00Z")))
                .isEqualTo("+10000-01-01T00:00:00.000000Z");
    }
}
