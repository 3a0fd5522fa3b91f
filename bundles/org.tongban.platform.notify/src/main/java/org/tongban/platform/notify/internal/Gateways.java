package org.tongban.platform.notify.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.tongban.platform.notify.Channel;
import org.tongban.platform.notify.NotificationGateway;

/** The gateways registered now, per channel, the highest ranking (then the oldest) first. */
final class Gateways {
    private record Key(Channel channel, int ranking, long serviceId) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byChannel = channel.compareTo(other.channel);
            if (byChannel != 0) {
                return byChannel;
            }
            int byRanking = Integer.compare(other.ranking, ranking);
            return byRanking != 0 ? byRanking : Long.compare(serviceId, other.serviceId);
        }
    }

    private final ConcurrentSkipListMap<Key, NotificationGateway> gateways = new ConcurrentSkipListMap<>();

    void add(NotificationGateway gateway, Map<String, Object> properties) {
        for (Channel channel : channels(properties)) {
            gateways.put(new Key(channel, ranking(properties), serviceId(properties)), gateway);
        }
    }

    void remove(NotificationGateway gateway, Map<String, Object> properties) {
        gateways.values().removeIf(g -> g == gateway);
    }

    Optional<NotificationGateway> of(Channel channel) {
        return gateways.entrySet().stream()
                .filter(e -> e.getKey().channel() == channel)
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static Channel[] channels(Map<String, Object> properties) {
        Object value = properties.get(NotificationGateway.CHANNEL);
        String[] names =
                value instanceof String[] many ? many : value == null ? new String[0] : new String[] {value.toString()};
        return java.util.Arrays.stream(names)
                .map(name -> Channel.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)))
                .toArray(Channel[]::new);
    }

    private static int ranking(Map<String, Object> properties) {
        return properties.get("service.ranking") instanceof Integer ranking ? ranking : 0;
    }

    private static long serviceId(Map<String, Object> properties) {
        return properties.get("service.id") instanceof Long id ? id : System.nanoTime();
    }
}
