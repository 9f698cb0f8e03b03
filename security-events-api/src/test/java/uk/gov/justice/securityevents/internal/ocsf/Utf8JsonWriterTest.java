package uk.gov.justice.securityevents.internal.ocsf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The hand-written writer gives exactly the bytes Jackson's UTF-8 generator gave with the SDK's former escapes (the
 * oracle below, as the writer used to be configured), for every UTF-16 unit, random strings of any length, numbers
 * and nesting.
 */
class Utf8JsonWriterTest {
    /** The canonical writer's former Jackson configuration: complete escaping, no separator between root values. */
    private static final JsonFactory ORACLE = JsonFactory.builder().build();

    static {
        ORACLE.setCharacterEscapes(new SafeEscapes());
        ORACLE.setRootValueSeparator(null);
    }

    /** The SDK's former Jackson escapes: C0/C1 controls, DEL, U+2028/2029, bidi controls and the BOM. */
    private static final class SafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] asciiEscapes;

        SafeEscapes() {
            asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();
            asciiEscapes[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if ((ch >= 0x80 && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029 || (ch >= 0x200E && ch <= 0x200F)
                    || (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069) || ch == 0xFEFF) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }

    private interface Tokens {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] oracle(Tokens tokens) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = ORACLE.createGenerator(bytes)) {
            tokens.write(g);
        }
        return bytes.toByteArray();
    }

    private static byte[] written(Utf8JsonWriter json) {
        return json.toByteArray(-1);
    }

    /** What the writer does to a value before escaping: each surrogate that is not half of a pair becomes U+FFFD. */
    private static String repaired(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (Character.isHighSurrogate(c[i]) && i + 1 < c.length && Character.isLowSurrogate(c[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c[i])) {
                c[i] = '\uFFFD';
            }
        }
        return new String(c);
    }

    private static void checkValue(String s, int length) throws IOException {
        Utf8JsonWriter json = new Utf8JsonWriter();
        json.beginArray();
        json.string(s, length);
        json.string(s, length);
        json.endArray();
        String cut = repaired(s.substring(0, length));
        byte[] expected = oracle(g -> {
            g.writeStartArray();
            g.writeString(cut);
            g.writeString(cut.toCharArray(), 0, cut.length());
            g.writeEndArray();
        });
        assertThat(written(json)).as("value %s", escapedForMessage(s)).isEqualTo(expected);
    }

    private static void checkName(String s) throws IOException {
        Utf8JsonWriter json = new Utf8JsonWriter();
        json.beginObject();
        json.name(s);
        json.number(1);
        json.name(s);
        json.bool(false);
        json.endObject();
        byte[] expected = oracle(g -> {
            g.writeStartObject();
            g.writeNumberField(s, 1);
            g.writeBooleanField(s, false);
            g.writeEndObject();
        });
        assertThat(written(json)).as("name %s", escapedForMessage(s)).isEqualTo(expected);
    }

    private static String escapedForMessage(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().limit(200).forEach(c -> b.append(c >= 0x20 && c < 0x7F ? Character.toString(c)
                : String.format("\\u%04X", c)));
        return b.toString();
    }

    @Test
    void everyUtf16UnitAloneAndBetweenPlainChars() throws IOException {
        for (int c = 0; c <= 0xFFFF; c++) {
            String unit = String.valueOf((char) c);
            checkValue(unit, 1);
            checkValue("a" + unit + "b", 3);
            checkName(unit);
            checkName("a" + unit + "b");
        }
    }

    @Test
    void surrogatePairsAndLoneHalvesAnywhere() throws IOException {
        String[] cases = {"\uD83D\uDE00", "x\uD83D\uDE00y", "\uD800", "\uDFFF", "\uDC00\uD800", "a\uD800", "\uDC00b",
            "\uD83D\uD83D\uDE00", "\uD83D\uDE00\uDE00", "\uDBFF\uDFFF\uD800\uDC00"};
        for (String s : cases) {
            checkValue(s, s.length());
            checkName(s);
        }
        // a cut that ends between the halves of a pair leaves a lone high surrogate, written as U+FFFD
        checkValue("ab\uD83D\uDE00", 3);
        // long strings are escaped a chunk at a time: a pair, or a lone half, across a chunk's end
        String before = "x".repeat(Utf8JsonWriter.CHUNK - 1);
        for (String s : new String[] {before + "\uD83D\uDE00y", before + "\uD83Dy", before + "y\uDE00",
            before + "\u00e9\uD83D\uDE00", before + "\"\uD83D\uDE00\uD83D"}) {
            checkValue(s, s.length());
            checkValue(s, Utf8JsonWriter.CHUNK);
            checkName(s);
        }
    }

    @Test
    void randomStringsOfAnyLengthAndCut() throws IOException {
        SplittableRandom random = new SplittableRandom(20260501L);
        for (int i = 0; i < 20_000; i++) {
            String s = randomString(random);
            int length = s.isEmpty() || random.nextInt(4) != 0 ? s.length() : random.nextInt(s.length() + 1);
            checkValue(s, length);
            if (i % 4 == 0) {
                checkName(s);
            }
        }
    }

    private static String randomString(SplittableRandom r) {
        int bucket = r.nextInt(100);
        int length = bucket < 60 ? r.nextInt(40) : bucket < 90 ? r.nextInt(3_000) : r.nextInt(40_000);
        boolean ascii = r.nextInt(3) == 0;
        StringBuilder s = new StringBuilder(length + 2);
        while (s.length() < length) {
            int kind = ascii ? r.nextInt(50) : r.nextInt(100);
            if (kind < 50) {
                s.append((char) (0x20 + r.nextInt(0x5F)));
            } else if (kind < 60) {
                s.append((char) r.nextInt(0xA0));
            } else if (kind < 68) {
                s.append((char) (0xD800 + r.nextInt(0x800)));
            } else if (kind < 76) {
                s.appendCodePoint(0x10000 + r.nextInt(0x100000));
            } else if (kind < 84) {
                s.append("\u2028\u2029\u200E\u200F\u202A\u202E\u2066\u2069\uFEFF\u00A0\u07FF\u0800\uFFFD\uFFFF"
                        .charAt(r.nextInt(14)));
            } else {
                s.append((char) r.nextInt(0x10000));
            }
        }
        return s.toString();
    }

    @Test
    void numbers() throws IOException {
        long[] longs = {0, 1, -1, 9, 10, -10, 99, 100, 101, Integer.MAX_VALUE, Integer.MIN_VALUE,
            Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1,
            Long.MIN_VALUE + 1, 1_777_629_600_123L};
        SplittableRandom random = new SplittableRandom(7L);
        Utf8JsonWriter json = new Utf8JsonWriter();
        json.beginArray();
        json.number(Integer.MIN_VALUE);
        json.number(Integer.MAX_VALUE);
        json.number(0);
        json.number(-7);
        for (long v : longs) {
            json.number(v);
        }
        long[] randoms = new long[2_000];
        for (int i = 0; i < randoms.length; i++) {
            randoms[i] = random.nextLong() >> random.nextInt(64);
            json.number(randoms[i]);
        }
        for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10; p *= 10) {
            json.number(p - 1);
            json.number(p);
            json.number(-p);
        }
        json.endArray();
        byte[] expected = oracle(g -> {
            g.writeStartArray();
            g.writeNumber(Integer.MIN_VALUE);
            g.writeNumber(Integer.MAX_VALUE);
            g.writeNumber(0);
            g.writeNumber(-7);
            for (long v : longs) {
                g.writeNumber(v);
            }
            for (long v : randoms) {
                g.writeNumber(v);
            }
            for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10; p *= 10) {
                g.writeNumber(p - 1);
                g.writeNumber(p);
                g.writeNumber(-p);
            }
            g.writeEndArray();
        });
        assertThat(new String(written(json), StandardCharsets.US_ASCII))
                .isEqualTo(new String(expected, StandardCharsets.US_ASCII));
    }

    @Test
    void nestingCommasBooleansAndPreEncodedTokens() throws IOException {
        byte[] name = "\"k\":".getBytes(StandardCharsets.US_ASCII);
        char[] time = "2026-05-01T10:00:00.123456Z".toCharArray();
        Utf8JsonWriter json = new Utf8JsonWriter();
        json.beginObject();
        json.name(name);
        json.beginArray();
        json.beginObject();
        json.endObject();
        json.beginArray();
        json.endArray();
        json.bool(true);
        json.encoded(name, name.length - 1);
        json.endArray();
        json.name(name);
        json.beginObject();
        json.name("a");
        json.ascii(time, time.length);
        json.raw(",\"b\":[1]".getBytes(StandardCharsets.US_ASCII));
        json.name(name);
        json.bool(false);
        json.endObject();
        json.endObject();
        byte[] expected = oracle(g -> {
            g.writeStartObject();
            g.writeFieldName("k");
            g.writeStartArray();
            g.writeStartObject();
            g.writeEndObject();
            g.writeStartArray();
            g.writeEndArray();
            g.writeBoolean(true);
            g.writeString("k");
            g.writeEndArray();
            g.writeFieldName("k");
            g.writeStartObject();
            g.writeStringField("a", new String(time));
            g.writeFieldName("b");
            g.writeStartArray();
            g.writeNumber(1);
            g.writeEndArray();
            g.writeBooleanField("k", false);
            g.writeEndObject();
            g.writeEndObject();
        });
        assertThat(new String(written(json), StandardCharsets.UTF_8))
                .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    }

    @Test
    void measuringCountsEveryByteWithoutKeepingThem() {
        SplittableRandom random = new SplittableRandom(11L);
        for (int i = 0; i < 200; i++) {
            String[] values = new String[1 + random.nextInt(20)];
            long[] numbers = new long[values.length];
            for (int j = 0; j < values.length; j++) {
                values[j] = randomString(random);
                numbers[j] = random.nextLong();
            }
            Utf8JsonWriter kept = new Utf8JsonWriter();
            Utf8JsonWriter measured = new Utf8JsonWriter();
            kept.reset(false);
            measured.reset(true);
            for (Utf8JsonWriter json : new Utf8JsonWriter[] {kept, measured}) {
                json.beginObject();
                for (int j = 0; j < values.length; j++) {
                    json.name(values[j]);
                    json.string(values[j], values[j].length());
                    json.name("n");
                    json.number(numbers[j]);
                }
                json.endObject();
            }
            assertThat(measured.size()).isEqualTo(kept.size()).isEqualTo(written(kept).length);
        }
    }
}
