package uk.gov.justice.securityevents.logback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.gov.justice.securityevents.EmittedEvent;

/** The MDC keys an appender copies into events ({@code unmapped.mdc.<key>}); nothing is copied by default. */
final class MdcAllowList {
    /** A key: letters, digits, {@code .}, {@code _}, {@code -}; at most 64 characters. */
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

    private final List<String> written = new ArrayList<>();
    private volatile String[] keys = new String[0];

    /** Adds comma-separated keys as written in the configuration. */
    void add(String csv) {
        if (csv == null) {
            return;
        }
        for (String key : csv.split(",")) {
            if (!key.isBlank()) {
                written.add(key.trim());
            }
        }
    }

    /** Checks the keys; fails naming the first bad one. */
    void validate() {
        for (String key : written) {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("mdcKeys '" + key + "' is not a valid key: use letters, digits,"
                        + " '.', '_' or '-' (at most 64)");
            }
        }
        keys = written.stream().distinct().toArray(String[]::new);
    }

    boolean isEmpty() {
        return keys.length == 0;
    }

    /** The event with the allow-listed values of {@code mdc}, or the event itself when none is present. */
    EmittedEvent apply(EmittedEvent event, Map<String, String> mdc) {
        String[] k = keys;
        if (k.length == 0 || mdc == null || mdc.isEmpty()) {
            return event;
        }
        Map<String, String> selected = null;
        for (String key : k) {
            String value = mdc.get(key);
            if (value != null) {
                if (selected == null) {
                    selected = new LinkedHashMap<>();
                }
                selected.put(key, value);
            }
        }
        return selected == null ? event : event.withMdc(selected);
    }

    List<String> keys() {
        return List.of(keys);
    }
}
