package uk.gov.justice.securityevents.transport.internal.syslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.transport.OutboundEvent;
import uk.gov.justice.securityevents.hardening.Properties;

/**
 * Property: for arbitrary Unicode (controls, quotes, backslashes, {@code ]}, {@code =}, BOMs, line separators,
 * astral and lone surrogates) in every header and structured-data field and in the JSON payload, the formatter
 * and octet-counting framer produce frames whose MSG-LEN is the message's UTF-8 byte length, whose HEADER and
 * STRUCTURED-DATA parse under a strict RFC 5424 ABNF checker (below) with the documented values, and whose MSG is
 * the BOM followed by exactly the event's JSON bytes. 10,000 tries; {@code -Pfuzz}: 1,000,000.
 */
class SyslogFramerPropertiesTest {

    private static final DateTimeFormatter TS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void everyFrameIsExactlyCountedValidRfc5424AndCarriesTheExactJson() {
        Properties.check("syslog-framer", r -> {
            int facility = r.nextInt(24);
            String defHost = r.nextInt(4) == 0 ? null : text(r);
            String defApp = r.nextInt(4) == 0 ? null : text(r);
            String procId = r.nextInt(4) == 0 ? null : text(r);
            long pen = 1 + r.nextLong(1L << 40);
            String software = text(r);
            String swVersion = text(r);
            Rfc5424Formatter f = new Rfc5424Formatter(facility, defHost, defApp, procId, pen, software, swVersion);
            int[] severities = {0, 1, 2, 3, 4, 5, 6, 99};
            String json = "{\"m\":\"" + text(r).replace('\r', ' ').replace('\n', ' ') + "\"}";
            byte[] jsonBytes = json.getBytes(StandardCharsets.UTF_8);
            OutboundEvent.Builder b = OutboundEvent.builder().json(jsonBytes)
                    .uid(nonBlank(r)).time(Instant.ofEpochSecond(r.nextLong(0, 253402300799L), r.nextInt(1_000_000_000)))
                    .sequence(1 + r.nextInt(Integer.MAX_VALUE - 1)).classUid(r.nextInt(10_000)).activityId(r.nextInt(100))
                    .typeUid(r.nextLong(0, 1_000_000)).severityId(severities[r.nextInt(severities.length)])
                    .eventCode(nonBlank(r));
            if (r.nextBoolean()) {
                b.tenant(text(r));
            }
            if (r.nextBoolean()) {
                b.serviceName(text(r));
            }
            if (r.nextBoolean()) {
                b.hostname(text(r));
            }
            OutboundEvent e = b.build();
            int events = 1 + r.nextInt(3);
            List<byte[]> messages = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                messages.add(f.format(e));
            }
            byte[] frames = OctetCounting.frame(messages);
            int p = 0;
            for (int i = 0; i < events; i++) {
                int sp = p;
                while (frames[sp] != ' ') {
                    assertThat(frames[sp]).as("MSG-LEN digit").isBetween((byte) '0', (byte) '9');
                    sp++;
                }
                String len = new String(frames, p, sp - p, StandardCharsets.US_ASCII);
                assertThat(len).matches("[1-9][0-9]*");
                int n = Integer.parseInt(len);
                assertThat(n).isEqualTo(messages.get(i).length);
                byte[] msg = Arrays.copyOfRange(frames, sp + 1, sp + 1 + n);
                new Rfc5424Checker(msg).check(e, facility, defHost, defApp, procId, pen, software, swVersion, jsonBytes);
                p = sp + 1 + n;
            }
            assertThat(p).isEqualTo(frames.length);
        });
    }

    /** Random text: weighted to the characters that matter for RFC 5424, plus any UTF-16 unit. */
    static String text(SplittableRandom r) {
        int len = r.nextInt(8) == 0 ? r.nextInt(300) : r.nextInt(40);
        StringBuilder sb = new StringBuilder(len);
        String special = "\"\\]=[@ \t\r\n\u0000\u007f\u0085\u2028\u2029\uFEFF-_";
        for (int i = 0; i < len; i++) {
            switch (r.nextInt(8)) {
                case 0 -> sb.append(special.charAt(r.nextInt(special.length())));
                case 1 -> sb.append((char) r.nextInt(0x20));
                case 2 -> sb.appendCodePoint(0x10000 + r.nextInt(0x100000));
                case 3 -> sb.append((char) (0xD800 + r.nextInt(0x800))); // lone surrogate
                case 4 -> sb.append((char) r.nextInt(0x10000));
                default -> sb.append((char) (33 + r.nextInt(94)));
            }
        }
        return sb.toString();
    }

    static String nonBlank(SplittableRandom r) {
        String s = text(r);
        return s.isBlank() ? "x" + s : s;
    }

    /** A strict checker for RFC 5424 §6 SYSLOG-MSG as we produce it (with STRUCTURED-DATA and MSG-UTF8). */
    static final class Rfc5424Checker {
        private final byte[] m;
        private int p;

        Rfc5424Checker(byte[] m) {
            this.m = m;
        }

        void check(OutboundEvent e, int facility, String defHost, String defApp, String procId, long pen,
                   String software, String swVersion, byte[] json) {
            // HEADER = PRI VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID
            expect('<');
            String pri = digits(1, 3);
            assertThat(pri).as("PRIVAL").matches("0|[1-9][0-9]{0,2}");
            int prival = Integer.parseInt(pri);
            assertThat(prival).isBetween(0, 191).isEqualTo(facility * 8 + SyslogSeverity.fromOcsf(e.severityId()));
            expect('>');
            expect('1');
            expect(' ');
            String ts = until(' ');
            assertThat(ts).matches("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d{1,6})?Z");
            assertThat(ts).isEqualTo(TS.format(e.time().truncatedTo(ChronoUnit.MICROS)));
            expect(' ');
            assertThat(headerField(255)).isEqualTo(expectedHeader(e.hostname() != null ? e.hostname() : defHost, 255));
            expect(' ');
            assertThat(headerField(48)).isEqualTo(expectedHeader(e.serviceName() != null ? e.serviceName() : defApp, 48));
            expect(' ');
            assertThat(headerField(128)).isEqualTo(expectedHeader(procId, 128));
            expect(' ');
            assertThat(headerField(32)).isEqualTo(expectedHeader(e.eventCode(), 32));
            expect(' ');
            // STRUCTURED-DATA = NILVALUE / 1*SD-ELEMENT; ours is three elements
            List<String[]> ocsf = element("ocsf@" + pen);
            List<String> expectedOcsf = new ArrayList<>(List.of("ver", "1.8.0", "class_uid", "" + e.classUid(),
                    "activity_id", "" + e.activityId(), "type_uid", "" + e.typeUid(), "uid", expectedValue(e.uid())));
            if (e.tenant() != null) {
                expectedOcsf.addAll(List.of("tenant", expectedValue(e.tenant())));
            }
            assertThat(flatten(ocsf)).isEqualTo(expectedOcsf);
            assertThat(flatten(element("meta"))).containsExactly("sequenceId", "" + e.sequence());
            assertThat(flatten(element("origin")))
                    .containsExactly("software", expectedValue(software), "swVersion", expectedValue(swVersion));
            // MSG = SP MSG-UTF8 = SP BOM UTF-8-STRING; exactly the JSON
            expect(' ');
            assertThat(Arrays.copyOfRange(m, p, p + 3)).containsExactly(0xEF, 0xBB, 0xBF);
            assertThat(Arrays.copyOfRange(m, p + 3, m.length)).isEqualTo(json);
        }

        private void expect(char c) {
            assertThat(p).as("position").isLessThan(m.length);
            assertThat((char) m[p]).as("at byte " + p).isEqualTo(c);
            p++;
        }

        private String digits(int min, int max) {
            int s = p;
            while (p < m.length && m[p] >= '0' && m[p] <= '9') {
                p++;
            }
            assertThat(p - s).isBetween(min, max);
            return new String(m, s, p - s, StandardCharsets.US_ASCII);
        }

        private String until(char stop) {
            int s = p;
            while (p < m.length && m[p] != stop) {
                p++;
            }
            return new String(m, s, p - s, StandardCharsets.US_ASCII);
        }

        /** NILVALUE or 1*max PRINTUSASCII. */
        private String headerField(int max) {
            int s = p;
            while (p < m.length && m[p] != ' ') {
                assertThat(m[p] & 0xff).as("PRINTUSASCII").isBetween(33, 126);
                p++;
            }
            assertThat(p - s).isBetween(1, max);
            return new String(m, s, p - s, StandardCharsets.US_ASCII);
        }

        /** SD-ELEMENT = "[" SD-ID *(SP SD-PARAM) "]"; returns name/value pairs (values unescaped). */
        private List<String[]> element(String sdId) {
            expect('[');
            assertThat(sdName()).isEqualTo(sdId);
            List<String[]> params = new ArrayList<>();
            while (m[p] == ' ') {
                p++;
                String name = sdName();
                assertThat(name).doesNotContain("@");
                expect('=');
                expect('"');
                params.add(new String[] {name, paramValue()});
            }
            expect(']');
            return params;
        }

        /** SD-NAME = 1*32PRINTUSASCII except '=', SP, ']', '"'. */
        private String sdName() {
            int s = p;
            while (p < m.length && m[p] >= 33 && m[p] <= 126 && m[p] != '=' && m[p] != ']' && m[p] != '"') {
                p++;
            }
            assertThat(p - s).isBetween(1, 32);
            return new String(m, s, p - s, StandardCharsets.US_ASCII);
        }

        /** PARAM-VALUE = UTF-8-STRING with '"', '\' and ']' escaped; we also require every '\' to escape one. */
        private String paramValue() {
            java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
            while (true) {
                assertThat(p).isLessThan(m.length);
                byte c = m[p++];
                if (c == '"') {
                    break;
                }
                assertThat(c).as("unescaped ]").isNotEqualTo((byte) ']');
                if (c == '\\') {
                    byte next = m[p++];
                    assertThat(next == '"' || next == '\\' || next == ']').as("escape \\" + (char) next).isTrue();
                    raw.write(next);
                } else {
                    raw.write(c);
                }
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw.toByteArray()))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError("PARAM-VALUE is not UTF-8", e);
            }
        }

        private static List<String> flatten(List<String[]> params) {
            List<String> out = new ArrayList<>();
            params.forEach(pv -> out.addAll(List.of(pv)));
            return out;
        }

        /** The documented header rule: PRINTUSASCII kept, others '_', cut to the limit (UTF-16 units), '-' if empty. */
        static String expectedHeader(String v, int max) {
            if (v == null || v.isEmpty()) {
                return "-";
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < Math.min(v.length(), max); i++) {
                char c = v.charAt(i);
                sb.append(c >= 33 && c <= 126 ? c : '_');
            }
            return sb.toString();
        }

        /** The documented PARAM-VALUE rule: cut at 255 chars (not inside a pair), controls '?', as UTF-8. */
        static String expectedValue(String v) {
            int n = Math.min(v.length(), Rfc5424Formatter.MAX_PARAM_VALUE);
            if (n < v.length() && Character.isHighSurrogate(v.charAt(n - 1))) {
                n--;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                char c = v.charAt(i);
                sb.append(c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029' ? '?' : c);
            }
            // lone surrogates cannot be UTF-8: the encoder writes '?'
            return new String(sb.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
    }
}
