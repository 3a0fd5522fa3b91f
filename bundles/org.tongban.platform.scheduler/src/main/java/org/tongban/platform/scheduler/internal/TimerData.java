package org.tongban.platform.scheduler.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** What a timer carries, stored as JSON in the scheduler's task data. */
record TimerData(String name, String id, Map<String, String> payload) {
    private static final ObjectMapper JSON = new ObjectMapper();

    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("timer payload is not serialisable", e);
        }
    }

    static TimerData parse(String json) {
        try {
            return JSON.readValue(json, TimerData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored timer is not JSON: " + json, e);
        }
    }

    /** The scheduler's instance id: name and id, which together are unique. */
    static String instanceId(String name, String id) {
        return name + "/" + id;
    }
}
