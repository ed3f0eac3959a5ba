package dev.pail.it.events;

import dev.pail.events.S3Event;
import dev.pail.internal.json.Json;
import java.util.List;
import java.util.Map;

/** Reads event messages in tests: the first record, members by name, member names in order. */
public final class EventJson {

    private EventJson() {
    }

    /** The first record of the event's message. */
    public static Map<String, Object> record(S3Event event) {
        return firstRecord(event.json());
    }

    /** The first record of a {@code {"Records":[...]}} message. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> firstRecord(String json) {
        return (Map<String, Object>) ((List<Object>) object(json).get("Records")).get(0);
    }

    /** A JSON object, parsed. */
    public static Map<String, Object> object(String json) {
        return asMap(Json.parse(json));
    }

    /** A value known to be an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    /** The object member {@code name}. */
    public static Map<String, Object> map(Map<String, Object> parent, String name) {
        return asMap(parent.get(name));
    }

    /** The member names, in order. */
    public static List<String> keys(Map<String, Object> map) {
        return List.copyOf(map.keySet());
    }
}
