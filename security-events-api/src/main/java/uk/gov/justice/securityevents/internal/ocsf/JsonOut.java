package uk.gov.justice.securityevents.internal.ocsf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import uk.gov.justice.securityevents.ServiceContext;
import uk.gov.justice.securityevents.internal.privacy.PathRules;
import uk.gov.justice.securityevents.internal.redact.SecretScrubber;
import uk.gov.justice.securityevents.privacy.PersonalDataAction;
import uk.gov.justice.securityevents.privacy.SecretKind;

/**
 * What body writers write fields through, over a {@link Utf8JsonWriter}: skips nulls, bounds and repairs every string,
 * scrubs secrets from free-text fields ({@link #text}), applies the personal data rules by JSON path, caps array
 * lengths when an event must shrink, and records whether anything was cut so the envelope can say so
 * ({@code metadata.is_truncated}).
 *
 * <p>The JSON path of the current object is tracked only when personal data rules are configured: a small stack of
 * prefixes, one string per object opened, none per field.
 */
public final class JsonOut implements SecretScrubber.Findings {
    /**
     * How far past the string limit free text is scanned for secrets, in chars: {@value}. A secret that starts before
     * the cut is then seen whole (a 4096-bit RSA key in PEM is about 3,300 chars).
     */
    static final int SCRUB_LOOKAHEAD = 16_384;
    private static final int MAX_DEPTH = 64;

    /**
     * Pre-encoded field names and constant values ({@code "name":} as UTF-8: all of it is the field name, all but the
     * colon the value), shared by all writers: only SDK field names (never unmapped or MDC keys, see
     * {@link #dynamicNames}) and values passed to {@link #constant} are entered, and only when they are plain
     * printable ASCII, whose JSON encoding is the string itself. Bounded so that a misuse cannot grow it without
     * limit.
     */
    private static final ConcurrentHashMap<String, byte[]> ENCODED = new ConcurrentHashMap<>(512);
    private static final int MAX_ENCODED = 4096;
    /** Marks a string seen before that is not plain ASCII, so it is not scanned again. */
    private static final byte[] NOT_PLAIN = new byte[0];

    private final Utf8JsonWriter json;
    private int maxStringLength;
    private int maxArrayElements;
    private ServiceContext context;
    private boolean scrub;
    private PathRules rules;
    private boolean truncated;
    /** Greater than zero while writing caller-chosen keys (unmapped, MDC), which are never pre-encoded. */
    private int dynamicNames;
    /**
     * This thread's view of {@link #ENCODED}, looked up by identity (field names are literals, constant values the
     * same instances on every event): open addressing on the string's cached hash, no locks, no volatile reads.
     */
    private String[] localKeys;
    private byte[][] localValues;
    private static final int LOCAL_SIZE = 1024;
    /**
     * The names and constants of the previous event, in the order it looked them up: events of one type look up the
     * same literals in the same order, so the next one is usually at {@link #cursor} (one comparison, no hashing).
     */
    private final String[] recentKeys = new String[RECENT];
    private final byte[][] recentValues = new byte[RECENT][];
    private static final int RECENT = 256;
    private int cursor;
    /** Longest string and largest array written in this pass (what a pre-rendered {@link Fragment} needs). */
    private int longestString;
    private int largestArray;
    private final char[] timeText = new char[TimeDt.LENGTH];
    /** The minute since the epoch whose date and time {@link #timeText} holds up to the seconds. */
    private long formattedMinute = Long.MIN_VALUE;

    // open containers: path prefix (only with rules), whether an array, elements written so far
    private final String[] prefixes = new String[MAX_DEPTH];
    private final String[] names = new String[MAX_DEPTH];
    private final boolean[] arrays = new boolean[MAX_DEPTH];
    private final int[] elements = new int[MAX_DEPTH];
    private int depth;
    private int skipping;

    /** The writer's pre-rendered {@code service} object (the emitting service), or null. */
    Fragment emittingService;

    private String currentField;
    private List<SecretKind> foundKinds;
    private List<String> foundFields;

    JsonOut(Utf8JsonWriter json) {
        this.json = json;
        reset(Integer.MAX_VALUE, Integer.MAX_VALUE, null, false, null);
    }

    /** Makes this object ready for a new pass (it is reused per thread, see {@link WriterState}). */
    void reset(int maxStringLength, int maxArrayElements, ServiceContext context, boolean scrub, PathRules rules) {
        this.maxStringLength = maxStringLength;
        this.maxArrayElements = maxArrayElements;
        this.context = context;
        this.scrub = scrub;
        this.rules = rules;
        this.truncated = false;
        this.dynamicNames = 0;
        this.depth = 0;
        this.skipping = 0;
        this.emittingService = null;
        this.currentField = null;
        this.foundKinds = null;
        this.foundFields = null;
        this.longestString = 0;
        this.largestArray = 0;
        this.cursor = 0;
        prefixes[0] = "";
    }

    /**
     * Writes the emitting service as OCSF {@code service} ({@code name}, {@code version}), from pre-rendered bytes
     * when possible. Must not be the first field of the object.
     */
    public JsonOut emittingService() {
        if (!fragment(emittingService)) {
            OcsfEventWriter.writeService(this, context);
        }
        return this;
    }

    /** While on, field names are caller-chosen keys (unmapped values, MDC): escaped every time, never cached. */
    JsonOut dynamicNames(boolean on) {
        dynamicNames += on ? 1 : -1;
        return this;
    }

    /** The pre-encoded form of a plain ASCII string, or null when it must be escaped. */
    private static byte[] encoded(String s) {
        byte[] e = ENCODED.get(s);
        if (e != null) {
            return e == NOT_PLAIN ? null : e;
        }
        if (ENCODED.size() >= MAX_ENCODED) {
            return null;
        }
        e = encodedHere(s);
        e = e != null ? e : NOT_PLAIN;
        byte[] prior = ENCODED.putIfAbsent(s, e);
        e = prior != null ? prior : e;
        return e == NOT_PLAIN ? null : e;
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!JsonEscapes.plain(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The pre-encoded form of {@code s} if the previous event looked up the same instance at this point, else found
     * through {@link #identityLookup} ({@code shared}) or encoded for this thread only (kept in the look-up order,
     * never in the shared table, so values that differ between producers cannot fill it).
     */
    private byte[] recent(String s, boolean shared) {
        int c = cursor;
        if (c == RECENT) {
            return shared ? identityLookup(s) : encodedHere(s);
        }
        cursor = c + 1;
        if (recentKeys[c] == s) {
            return recentValues[c];
        }
        byte[] e = shared ? identityLookup(s) : encodedHere(s);
        recentKeys[c] = s;
        recentValues[c] = e;
        return e;
    }

    /** {@code "s":} as US-ASCII when {@code s} is plain printable ASCII, else null. */
    private static byte[] encodedHere(String s) {
        return plain(s) ? ("\"" + s + "\":").getBytes(StandardCharsets.US_ASCII) : null;
    }

    /** {@link #encoded(String)} through this thread's identity table. */
    private byte[] identityLookup(String s) {
        String[] keys = localKeys;
        if (keys == null) {
            keys = localKeys = new String[LOCAL_SIZE];
            localValues = new byte[LOCAL_SIZE][];
        }
        int h = s.hashCode();
        int i = (h ^ (h >>> 16)) & (LOCAL_SIZE - 1);
        for (int probe = 0; probe < 8; probe++) {
            String k = keys[i];
            if (k == s) {
                return localValues[i];
            }
            if (k == null) {
                byte[] e = encoded(s);
                if (e != null) {
                    keys[i] = s;
                    localValues[i] = e;
                }
                return e;
            }
            i = (i + 1) & (LOCAL_SIZE - 1);
        }
        return encoded(s);
    }

    /** Longest string value written in this pass, in chars. */
    int longestString() {
        return longestString;
    }

    /** Most elements written to one array in this pass. */
    int largestArray() {
        return largestArray;
    }

    /**
     * Writes a pre-rendered run of fields (starting with a comma; at least one field of the current object must have
     * been written through this object before) when it gives exactly the bytes the fields would: no personal data
     * rules, and its strings and arrays within this pass's limits.
     *
     * @return false when the caller must write the fields one by one instead
     */
    boolean fragment(Fragment f) {
        if (skipping > 0) {
            return true; // the fields would be skipped one by one as well
        }
        if (rules != null || f == null || f.longestString > maxStringLength || f.largestArray > maxArrayElements) {
            return false;
        }
        json.raw(f.bytes);
        return true;
    }

    /** The pre-encoded {@code "name":} of an SDK field name, or null when it must be escaped. */
    private byte[] encodedName(String name) {
        return dynamicNames == 0 ? recent(name, true) : null;
    }

    private void name(String name) {
        byte[] e = encodedName(name);
        if (e != null) {
            json.name(e);
        } else {
            json.name(name);
        }
    }

    /**
     * Writes {@code "name":"value"} unless value is null, for a value that is the same on every event of a writer
     * (captions of the classification, severity or status, the service, vendor and host names): written from its
     * pre-encoded bytes when no personal data rule can apply and it is within the string limit, which gives the same
     * bytes as {@link #str} without escaping it again.
     */
    public JsonOut constant(String name, String value) {
        return preEncoded(name, value, true);
    }

    /**
     * Like {@link #constant}, for a value that is usually the same instance from one event to the next but not
     * constant for the writer (the producer instance id): its encoding is remembered by this thread only.
     */
    JsonOut repeated(String name, String value) {
        return preEncoded(name, value, false);
    }

    private JsonOut preEncoded(String name, String value, boolean shared) {
        if (value == null || skipping > 0) {
            return this;
        }
        if (rules == null && value.length() <= maxStringLength) {
            byte[] e = recent(value, shared);
            if (e != null) {
                if (value.length() > longestString) {
                    longestString = value.length();
                }
                byte[] n = encodedName(name);
                if (n != null) {
                    json.encoded(n, e, e.length - 1);
                } else {
                    json.name(name);
                    json.encoded(e, e.length - 1);
                }
                return this;
            }
        }
        return field(name, value, false);
    }

    /**
     * Writes an OCSF {@code time_dt} ({@code uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'}, UTC, microseconds): formatted by hand
     * into a reused buffer for years 0000-9999 when no personal data rule can apply, else by {@code fallback}.
     */
    JsonOut timeDt(String name, Instant time, java.util.function.Function<Instant, String> fallback) {
        if (skipping > 0) {
            return this;
        }
        if (rules == null && maxStringLength >= TimeDt.LENGTH) {
            long second = time.getEpochSecond();
            long minute = Math.floorDiv(second, 60L);
            // date, hour and minute are the same as the last time's most of the time: only the rest is formatted
            if (minute == formattedMinute) {
                TimeDt.formatSecondOfMinute((int) (second - minute * 60L), time.getNano(), timeText);
            } else if (TimeDt.format(second, time.getNano(), timeText)) {
                formattedMinute = minute;
            } else {
                return str(name, fallback.apply(time));
            }
            name(name);
            json.ascii(timeText, TimeDt.LENGTH);
            return this;
        }
        return str(name, fallback.apply(time));
    }

    /** The enrichment being written, for body writers that need the emitting service (e.g. {@code service}). */
    public ServiceContext context() {
        return context;
    }

    boolean truncated() {
        return truncated;
    }

    /** Secrets replaced in this pass, in order (empty when none). */
    List<SecretKind> redactedKinds() {
        return foundKinds == null ? List.of() : foundKinds;
    }

    /** Field names the {@link #redactedKinds()} were found in. */
    List<String> redactedFields() {
        return foundFields == null ? List.of() : foundFields;
    }

    @Override
    public void found(SecretKind kind) {
        if (foundKinds == null) {
            foundKinds = new ArrayList<>(2);
            foundFields = new ArrayList<>(2);
        }
        foundKinds.add(kind);
        foundFields.add(currentField);
    }

    /** Writes {@code "name":"value"} unless value is null. */
    public JsonOut str(String name, String value) {
        return field(name, value, false);
    }

    /**
     * Writes a free-text field ({@code message}, user agents, URLs, queries, rule text, comments, unmapped strings):
     * like {@link #str} but scanned for secrets first.
     */
    public JsonOut text(String name, String value) {
        return field(name, value, true);
    }

    private JsonOut field(String name, String value, boolean freeText) {
        if (value == null || skipping > 0) {
            return this;
        }
        String v = governed(prefixes[depth], name, value, freeText);
        if (v == null) {
            return this;
        }
        int len = cut(v);
        byte[] n = encodedName(name);
        if (n != null) {
            json.string(n, v, len);
        } else {
            json.name(name);
            json.string(v, len);
        }
        return this;
    }

    /**
     * The value as written: null when a personal-data rule at {@code prefix} drops it, the rule's transform of it (not
     * scrubbed: a mask or pseudonym holds no secret), else the value, scrubbed when it is free text.
     */
    private String governed(String prefix, String name, String value, boolean freeText) {
        if (rules != null && prefix != null) {
            PersonalDataAction action = rules.actionFor(prefix, name);
            if (action == PersonalDataAction.DROP) {
                return null;
            }
            if (action != PersonalDataAction.KEEP) {
                return rules.transform(action, name, value);
            }
        }
        return freeText ? scrubbed(name, value) : value;
    }

    private String scrubbed(String name, String value) {
        if (!scrub) {
            return value;
        }
        String v = value;
        long window = (long) maxStringLength + SCRUB_LOOKAHEAD;
        if (v.length() > window) {
            v = v.substring(0, (int) window);
            truncated = true;
        }
        currentField = name;
        return SecretScrubber.scrub(v, this);
    }

    /** Writes an integer field unless null. */
    public JsonOut num(String name, Integer value) {
        return value == null ? this : num(name, value.longValue());
    }

    /** Writes an int field. */
    public JsonOut num(String name, int value) {
        return num(name, (long) value);
    }

    /** Writes a long field unless null. */
    public JsonOut num(String name, Long value) {
        if (value != null) {
            num(name, value.longValue());
        }
        return this;
    }

    /** Writes a long field. */
    public JsonOut num(String name, long value) {
        if (skipping == 0) {
            byte[] n = encodedName(name);
            if (n != null) {
                json.number(n, value);
            } else {
                json.name(name);
                json.number(value);
            }
        }
        return this;
    }

    /** Writes a boolean field unless null. */
    public JsonOut bool(String name, Boolean value) {
        if (value != null && skipping == 0) {
            name(name);
            json.bool(value);
        }
        return this;
    }

    /** Writes an OCSF timestamp (epoch ms) unless null. */
    public JsonOut time(String name, Instant value) {
        return value == null ? this : num(name, value.toEpochMilli());
    }

    /** Writes an array of strings unless empty. */
    public JsonOut strings(String name, List<String> values) {
        if (values.isEmpty() || skipping > 0) {
            return this;
        }
        PersonalDataAction action = rules == null ? PersonalDataAction.KEEP : rules.actionFor(prefixes[depth], name);
        if (action == PersonalDataAction.DROP) {
            return this;
        }
        name(name);
        json.beginArray();
        int n = 0;
        for (String v : values) {
            if (n++ == maxArrayElements) {
                truncated = true;
                break;
            }
            String s = action == PersonalDataAction.KEEP ? v : rules.transform(action, name, v);
            json.string(s, cut(s));
        }
        if (n > largestArray) {
            largestArray = n;
        }
        json.endArray();
        return this;
    }

    /** Writes a string array element. */
    public JsonOut value(String value) {
        return element(value, false);
    }

    /** Writes a free-text string array element (scanned for secrets). */
    public JsonOut textValue(String value) {
        return element(value, true);
    }

    private JsonOut element(String value, boolean freeText) {
        if (skipping > 0 || !admitElement()) {
            return this;
        }
        String name = names[depth] != null ? names[depth] : "";
        // an element's path is its array's: the rule for user.groups applies to each group
        String v = governed(depth > 0 ? prefixes[depth - 1] : null, name, value, freeText);
        if (v == null) {
            return this;
        }
        json.string(v, cut(v));
        return this;
    }

    /** Counts an array element; false (and start skipping nothing) when the array is full. */
    private boolean admitElement() {
        if (depth > 0 && arrays[depth]) {
            if (elements[depth] >= maxArrayElements) {
                truncated = true;
                return false;
            }
            if (++elements[depth] > largestArray) {
                largestArray = elements[depth];
            }
        }
        return true;
    }

    /** Starts {@code "name":{}}. */
    public JsonOut begin(String name) {
        return open(name, false);
    }

    /** Starts an anonymous object (an array element or the root). */
    public JsonOut begin() {
        if (skipping > 0) {
            skipping++;
            return this;
        }
        if (!admitElement()) {
            skipping = 1;
            return this;
        }
        json.beginObject();
        push(null, false);
        return this;
    }

    /** Ends the current object. */
    public JsonOut end() {
        return close(false);
    }

    /** Starts {@code "name":[]}. */
    public JsonOut beginArray(String name) {
        return open(name, true);
    }

    /** Ends the current array. */
    public JsonOut endArray() {
        return close(true);
    }

    private JsonOut open(String name, boolean array) {
        if (skipping > 0) {
            skipping++;
            return this;
        }
        name(name);
        if (array) {
            json.beginArray();
        } else {
            json.beginObject();
        }
        push(name, array);
        return this;
    }

    private JsonOut close(boolean array) {
        if (skipping > 0) {
            skipping--;
            return this;
        }
        if (array) {
            json.endArray();
        } else {
            json.endObject();
        }
        depth--;
        return this;
    }

    private void push(String name, boolean array) {
        if (depth + 1 >= MAX_DEPTH) {
            throw new IllegalStateException("JSON nesting deeper than " + MAX_DEPTH);
        }
        String parent = prefixes[depth];
        depth++;
        arrays[depth] = array;
        names[depth] = name;
        elements[depth] = 0;
        if (rules != null) {
            // an array element (name null) shares its array's path: user.groups.name, not user.groups[0].name
            prefixes[depth] = name == null ? parent : parent.isEmpty() ? name : parent + "." + name;
        }
    }

    /**
     * Writes an unmapped value: a string (scanned for secrets), number, boolean or a list (written as an array of
     * strings).
     */
    public JsonOut scalar(String name, Object value) {
        if (value instanceof String) {
            return text(name, (String) value);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return num(name, ((Number) value).intValue());
        } else if (value instanceof Long) {
            return num(name, (Long) value);
        } else if (value instanceof Boolean) {
            return bool(name, (Boolean) value);
        } else if (value instanceof java.util.List) {
            beginArray(name);
            for (Object element : (java.util.List<?>) value) {
                textValue(String.valueOf(element));
            }
            return endArray();
        } else if (value != null) {
            return text(name, value.toString());
        }
        return this;
    }

    /**
     * How much of a string value is written: all of it, or the limit (never inside a surrogate pair; the writer
     * replaces lone surrogates by U+FFFD, so the output is always well-formed UTF-8).
     */
    private int cut(String value) {
        int len = value.length();
        if (len > maxStringLength) {
            len = maxStringLength;
            if (Character.isHighSurrogate(value.charAt(len - 1))) {
                len--;
            }
            truncated = true;
        }
        if (len > longestString) {
            longestString = len;
        }
        return len;
    }
}
