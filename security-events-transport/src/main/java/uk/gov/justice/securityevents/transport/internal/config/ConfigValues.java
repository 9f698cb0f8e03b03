package uk.gov.justice.securityevents.transport.internal.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of configuration settings (Logback XML elements, Log4j2 attributes, Spring properties) with
 * messages that name the setting and show the accepted forms. A blank value means "not set".
 */
public final class ConfigValues {

    private static final Pattern AMOUNT_AND_UNIT = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*([a-z]*)$");
    private static final Pattern WHOLE_AND_UNIT = Pattern.compile("^(\\d+)\\s*([a-z]*)$");

    private static final Map<String, Long> MILLIS_PER_UNIT = Map.ofEntries(
            Map.entry("", 1L), Map.entry("ms", 1L), Map.entry("milli", 1L), Map.entry("millis", 1L),
            Map.entry("millisecond", 1L), Map.entry("milliseconds", 1L),
            Map.entry("s", 1_000L), Map.entry("sec", 1_000L), Map.entry("secs", 1_000L),
            Map.entry("second", 1_000L), Map.entry("seconds", 1_000L),
            Map.entry("m", 60_000L), Map.entry("min", 60_000L), Map.entry("mins", 60_000L),
            Map.entry("minute", 60_000L), Map.entry("minutes", 60_000L),
            Map.entry("h", 3_600_000L), Map.entry("hour", 3_600_000L), Map.entry("hours", 3_600_000L),
            Map.entry("d", 86_400_000L), Map.entry("day", 86_400_000L), Map.entry("days", 86_400_000L));

    private static final Map<String, Long> BYTES_PER_UNIT = Map.ofEntries(
            Map.entry("", 1L), Map.entry("b", 1L),
            Map.entry("k", 1L << 10), Map.entry("kb", 1L << 10), Map.entry("kib", 1L << 10),
            Map.entry("m", 1L << 20), Map.entry("mb", 1L << 20), Map.entry("mib", 1L << 20),
            Map.entry("g", 1L << 30), Map.entry("gb", 1L << 30), Map.entry("gib", 1L << 30));

    private static final String[] FACILITIES = {"kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news",
        "uucp", "cron", "authpriv", "ftp", "ntp", "audit", "alert", "clock", "local0", "local1", "local2", "local3",
        "local4", "local5", "local6", "local7"};

    private ConfigValues() {
    }

    /**
     * @param value raw text, may be null
     * @return the trimmed text, or null when null or blank
     */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String t = value.trim();
        return t.isEmpty() ? null : t;
    }

    /**
     * Accepts what Logback and Log4j2 users write: {@code 500ms}, {@code 500 millis}, {@code 30 seconds},
     * {@code 30s}, {@code 2 minutes}, {@code 1 hour}, {@code 1 day}, fractions such as {@code 1.5 seconds}, ISO-8601
     * ({@code PT30S}, {@code PT0.5S}, {@code P1D}) and a bare number of milliseconds ({@code 500}), as Logback's
     * {@code Duration} does.
     *
     * @param setting the setting's name, for the message
     * @param value   the text
     * @return the duration, or null when blank
     * @throws IllegalArgumentException naming the setting
     */
    public static Duration duration(String setting, String value) {
        String t = text(value);
        if (t == null) {
            return null;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("p") || lower.startsWith("-p")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw notA(setting, t, "duration", "500ms, 30 seconds or PT30S");
            }
        }
        Matcher m = AMOUNT_AND_UNIT.matcher(lower);
        Long unit = m.matches() ? MILLIS_PER_UNIT.get(m.group(2)) : null;
        if (unit == null) {
            throw notA(setting, t, "duration", "500ms, 30 seconds or PT30S");
        }
        BigDecimal millis = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit));
        try {
            return Duration.ofMillis(millis.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(setting + " '" + t + "' is too long");
        }
    }

    /**
     * Accepts a number of bytes with an optional binary unit: {@code 1048576}, {@code 512KB}, {@code 16 MB},
     * {@code 1GiB} ({@code KB}/{@code KiB} = 1024 bytes, as Logback's {@code FileSize}).
     *
     * @param setting the setting's name, for the message
     * @param value   the text
     * @return the size in bytes, or null when blank
     * @throws IllegalArgumentException naming the setting
     */
    public static Long size(String setting, String value) {
        String t = text(value);
        if (t == null) {
            return null;
        }
        Matcher m = WHOLE_AND_UNIT.matcher(t.toLowerCase(Locale.ROOT));
        Long unit = m.matches() ? BYTES_PER_UNIT.get(m.group(2)) : null;
        if (unit == null) {
            throw notA(setting, t, "size", "16MB, 512KB or 1048576");
        }
        try {
            return Math.multiplyExact(Long.parseLong(m.group(1)), unit);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(setting + " '" + t + "' is too large");
        }
    }

    /**
     * @param setting the setting's name, for the message
     * @param value   the text
     * @return the number, or null when blank
     * @throws IllegalArgumentException naming the setting
     */
    public static Integer integer(String setting, String value) {
        String t = text(value);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw notA(setting, t, "whole number", "500");
        }
    }

    /**
     * @param setting the setting's name, for the message
     * @param value   {@code true} or {@code false}, any case
     * @return the flag, or null when blank
     * @throws IllegalArgumentException naming the setting
     */
    public static Boolean flag(String setting, String value) {
        String t = text(value);
        if (t == null) {
            return null;
        }
        if (t.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (t.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(setting + " '" + t + "' must be true or false");
    }

    /**
     * A syslog facility by number (0-23) or name ({@code authpriv}, {@code audit}, {@code local0} … as in RFC 5424
     * table 1, {@code security} = {@code auth}).
     *
     * @param setting the setting's name, for the message
     * @param value   the text
     * @return the facility number, or null when blank (range is checked by the destination)
     * @throws IllegalArgumentException naming the setting
     */
    public static Integer facility(String setting, String value) {
        String t = text(value);
        if (t == null) {
            return null;
        }
        if (t.chars().allMatch(Character::isDigit)) {
            return integer(setting, t);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("security")) {
            return 4;
        }
        for (int i = 0; i < FACILITIES.length; i++) {
            if (FACILITIES[i].equals(lower)) {
                return i;
            }
        }
        throw new IllegalArgumentException(setting + " '" + t + "' is unknown: use 0-23 or a name such as authpriv,"
                + " audit, auth or local0");
    }

    private static IllegalArgumentException notA(String setting, String value, String what, String examples) {
        return new IllegalArgumentException(setting + " '" + value + "' is not a " + what + ": use e.g. " + examples);
    }
}
