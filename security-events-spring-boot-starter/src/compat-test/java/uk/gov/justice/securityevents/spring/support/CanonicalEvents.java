package uk.gov.justice.securityevents.spring.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The canonical NDJSON events among captured console output (the ordinary log lines are skipped). */
public final class CanonicalEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CanonicalEvents() {
    }

    /** Parses every line that is one OCSF event. */
    public static List<JsonNode> in(String output) {
        List<JsonNode> events = new ArrayList<>();
        for (String line : output.split("\\R")) {
            if (line.startsWith("{") && line.contains("\"class_uid\"")) {
                try {
                    events.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not one JSON object per line: " + line, e);
                }
            }
        }
        return events;
    }

    /** The event codes, in order. */
    public static List<String> codes(List<JsonNode> events) {
        List<String> codes = new ArrayList<>();
        events.forEach(e -> codes.add(e.path("metadata").path("event_code").asText()));
        return codes;
    }

    /** Parses a JSON document. */
    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
