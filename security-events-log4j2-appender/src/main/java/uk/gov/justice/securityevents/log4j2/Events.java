package uk.gov.justice.securityevents.log4j2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ParameterVisitable;
import org.apache.logging.log4j.util.ReadOnlyStringMap;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvent;

/** Finds the security event in a Log4j2 event's message parameters and copies allow-listed ThreadContext values. */
final class Events {
    /** An MDC key: letters, digits, {@code .}, {@code _}, {@code -}; at most 64 characters. */
    static final Pattern MDC_KEY = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

    private Events() {
    }

    /**
     * The event carried by the message: an {@link EmittedEvent} parameter as is, or a bare {@link SecurityEvent}
     * stamped now; null for every other message. Parameters are visited without copying where the message allows.
     */
    static EmittedEvent find(LogEvent logEvent) {
        Message message = logEvent.getMessage();
        if (message == null) {
            return null;
        }
        if (message instanceof ParameterVisitable) {
            Object[] found = new Object[2];
            ((ParameterVisitable) message).forEachParameter((parameter, index, state) -> {
                if (parameter instanceof EmittedEvent) {
                    if (state[0] == null) {
                        state[0] = parameter;
                    }
                } else if (parameter instanceof SecurityEvent && state[1] == null) {
                    state[1] = parameter;
                }
            }, found);
            if (found[0] == null && found[1] == null) {
                return null;
            }
            return EmittedEvent.findIn(found);
        }
        return EmittedEvent.findIn(message.getParameters());
    }

    /** Checks comma-separated MDC keys, failing naming the first bad one. */
    static String[] mdcKeys(String csv) {
        if (csv == null || csv.isBlank()) {
            return new String[0];
        }
        List<String> keys = new java.util.ArrayList<>();
        for (String key : csv.split(",")) {
            String k = key.trim();
            if (k.isEmpty()) {
                continue;
            }
            if (!MDC_KEY.matcher(k).matches()) {
                throw new IllegalArgumentException("mdcKeys '" + k + "' is not a valid key: use letters, digits,"
                        + " '.', '_' or '-' (at most 64)");
            }
            if (!keys.contains(k)) {
                keys.add(k);
            }
        }
        return keys.toArray(new String[0]);
    }

    /** The event with the allow-listed ThreadContext values, or the event itself when none is present. */
    static EmittedEvent withMdc(EmittedEvent event, String[] keys, ReadOnlyStringMap context) {
        if (keys.length == 0 || context == null || context.isEmpty()) {
            return event;
        }
        Map<String, String> selected = null;
        for (String key : keys) {
            Object value = context.getValue(key);
            if (value != null) {
                if (selected == null) {
                    selected = new LinkedHashMap<>();
                }
                selected.put(key, value.toString());
            }
        }
        return selected == null ? event : event.withMdc(selected);
    }
}
