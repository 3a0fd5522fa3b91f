package org.tongban.platform.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tongban.platform.api.events.DomainEventHandler;
import org.tongban.platform.api.events.EventHandler;

/** A handler service with what its properties say: name, topics, and the node whose position it keeps. */
record Registration(DomainEventHandler handler, String name, TopicFilter topics, boolean perNode) {
    static final String CLUSTER_NODE = "*";

    /** Reads the properties; throws IllegalArgumentException when they are unusable. */
    static Registration of(DomainEventHandler handler, Map<String, ?> properties) {
        Object name = properties.get(DomainEventHandler.NAME);
        if (name == null) {
            name = properties.get("component.name");
        }
        if (name == null || name.toString().isBlank()) {
            throw new IllegalArgumentException("event handler without " + DomainEventHandler.NAME + ": " + handler);
        }
        TopicFilter topics = TopicFilter.of(strings(properties.get(DomainEventHandler.TOPICS)));
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("event handler " + name + " names no " + DomainEventHandler.TOPICS);
        }
        boolean perNode = EventHandler.NODE.equals(String.valueOf(properties.get(DomainEventHandler.SCOPE)));
        return new Registration(handler, name.toString().strip(), topics, perNode);
    }

    String node(String nodeId) {
        return perNode ? nodeId : CLUSTER_NODE;
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof String[] array) {
            out.addAll(List.of(array));
        } else if (value instanceof Iterable<?> iterable) {
            iterable.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }
}
