package org.tongban.platform.events.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Payloads as JSON objects of text values. */
final class PayloadJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> TYPE = new TypeReference<>() {};

    private PayloadJson() {}

    static String write(Map<String, String> payload) {
        try {
            return JSON.writeValueAsString(payload == null ? Map.of() : payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload is not serialisable", e);
        }
    }

    static Map<String, String> read(String json) {
        try {
            return java.util.Collections.unmodifiableMap(JSON.readValue(json, TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload is not JSON: " + json, e);
        }
    }
}
