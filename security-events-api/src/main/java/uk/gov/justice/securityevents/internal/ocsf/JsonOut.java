package uk.gov.justice.securityevents.internal.ocsf;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import uk.gov.justice.securityevents.ServiceContext;

/**
 * A thin layer over Jackson's streaming generator: skips nulls, bounds and repairs every string, and records whether
 * anything was cut so the envelope can say so ({@code metadata.is_truncated}).
 */
public final class JsonOut {
    private static final char REPLACEMENT = '\uFFFD';

    private final JsonGenerator gen;
    private final int maxStringLength;
    private final ServiceContext context;
    private boolean truncated;
    private char[] scratch = new char[256];

    JsonOut(JsonGenerator gen, int maxStringLength, ServiceContext context) {
        this.gen = gen;
        this.maxStringLength = maxStringLength;
        this.context = context;
    }

    /** The enrichment being written, for body writers that need the emitting service (e.g. {@code service}). */
    public ServiceContext context() {
        return context;
    }

    boolean truncated() {
        return truncated;
    }

    /** Writes {@code "name":"value"} unless value is null. */
    public JsonOut str(String name, String value) {
        if (value != null) {
            try {
                gen.writeFieldName(name);
                string(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Writes an integer field unless null. */
    public JsonOut num(String name, Integer value) {
        if (value != null) {
            try {
                gen.writeNumberField(name, value.intValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Writes an int field. */
    public JsonOut num(String name, int value) {
        try {
            gen.writeNumberField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
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
        try {
            gen.writeNumberField(name, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes a boolean field unless null. */
    public JsonOut bool(String name, Boolean value) {
        if (value != null) {
            try {
                gen.writeBooleanField(name, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Writes an OCSF timestamp (epoch ms) unless null. */
    public JsonOut time(String name, Instant value) {
        return value == null ? this : num(name, value.toEpochMilli());
    }

    /** Writes an array of strings unless empty. */
    public JsonOut strings(String name, List<String> values) {
        if (!values.isEmpty()) {
            try {
                gen.writeArrayFieldStart(name);
                for (String v : values) {
                    string(v);
                }
                gen.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Writes a string array element. */
    public JsonOut value(String value) {
        try {
            string(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts {@code "name":{}}. */
    public JsonOut begin(String name) {
        try {
            gen.writeObjectFieldStart(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts an anonymous object (an array element or the root). */
    public JsonOut begin() {
        try {
            gen.writeStartObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Ends the current object. */
    public JsonOut end() {
        try {
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts {@code "name":[]}. */
    public JsonOut beginArray(String name) {
        try {
            gen.writeArrayFieldStart(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Ends the current array. */
    public JsonOut endArray() {
        try {
            gen.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes an unmapped value: a string, number, boolean or a list (written as an array of strings). */
    public JsonOut scalar(String name, Object value) {
        if (value instanceof String) {
            return str(name, (String) value);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return num(name, ((Number) value).intValue());
        } else if (value instanceof Long) {
            return num(name, (Long) value);
        } else if (value instanceof Boolean) {
            return bool(name, (Boolean) value);
        } else if (value instanceof java.util.List) {
            beginArray(name);
            for (Object element : (java.util.List<?>) value) {
                value(String.valueOf(element));
            }
            return endArray();
        } else if (value != null) {
            return str(name, value.toString());
        }
        return this;
    }

    /**
     * Writes a string value, cut to the limit (never inside a surrogate pair) and with lone surrogates replaced by
     * U+FFFD: Jackson would otherwise fail half-way through the event.
     */
    private void string(String value) throws IOException {
        int len = value.length();
        if (len > maxStringLength) {
            len = maxStringLength;
            if (Character.isHighSurrogate(value.charAt(len - 1))) {
                len--;
            }
            truncated = true;
        }
        if (scratch.length < len) {
            scratch = new char[Math.max(len, scratch.length * 2)];
        }
        value.getChars(0, len, scratch, 0);
        for (int i = 0; i < len; i++) {
            char c = scratch[i];
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < len && Character.isLowSurrogate(scratch[i + 1])) {
                    i++;
                } else {
                    scratch[i] = REPLACEMENT;
                }
            } else if (Character.isLowSurrogate(c)) {
                scratch[i] = REPLACEMENT;
            }
        }
        gen.writeString(scratch, 0, len);
    }
}
