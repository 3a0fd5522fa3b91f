package org.tongban.platform.events.internal;

import java.util.ArrayList;
import java.util.List;
import org.tongban.platform.api.jdbc.Jdbc;

/** A handler's topics: exact names, or prefixes written {@code domain/*}; {@code *} alone takes every topic. */
record TopicFilter(List<String> exact, List<String> prefixes, boolean all) {

    static TopicFilter of(List<String> topics) {
        List<String> exact = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        boolean all = false;
        for (String raw : topics) {
            String topic = raw.strip();
            if (topic.equals("*")) {
                all = true;
            } else if (topic.endsWith("/*")) {
                prefixes.add(topic.substring(0, topic.length() - 1));
            } else if (!topic.isEmpty()) {
                exact.add(topic);
            }
        }
        return new TopicFilter(List.copyOf(exact), List.copyOf(prefixes), all);
    }

    boolean isEmpty() {
        return !all && exact.isEmpty() && prefixes.isEmpty();
    }

    boolean matches(String topic) {
        return all || exact.contains(topic) || prefixes.stream().anyMatch(topic::startsWith);
    }

    /** {@code AND (...)} over the topic column, adding its parameters. */
    String sql(List<Object> params) {
        if (all) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        for (String topic : exact) {
            terms.add("topic = ?");
            params.add(topic);
        }
        for (String prefix : prefixes) {
            terms.add("topic LIKE ? ESCAPE '\\'");
            params.add(Jdbc.contains(prefix).substring(1)); // "prefix%": contains() escapes, then drop the leading %
        }
        return " AND (" + String.join(" OR ", terms) + ")";
    }
}
