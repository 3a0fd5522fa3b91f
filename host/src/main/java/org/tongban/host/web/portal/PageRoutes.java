package org.tongban.host.web.portal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.tongban.host.web.api.ApiRoutes;
import org.tongban.platform.api.portal.PublicPage;

/**
 * The public pages bundles contribute, and how a path finds one: as for the API routes, a literal segment beats a
 * {@code {parameter}}, then the higher {@code service.ranking} wins.
 */
public final class PageRoutes implements AutoCloseable {

    /**
     * A contributed page service.
     *
     * @param page the service
     * @param bundle the bundle whose templates and messages it uses
     * @param patterns its path patterns, without leading slash
     * @param topics the domain event topics that make its rendered pages stale
     * @param ranking {@code service.ranking}
     * @param serviceId {@code service.id}
     */
    public record Entry(
            PublicPage page, Bundle bundle, List<String> patterns, List<String> topics, int ranking, long serviceId) {

        /** Whether an event of {@code topic} makes this page's copies stale. */
        boolean staleAfter(String topic) {
            return topics.stream()
                    .anyMatch(t -> t.equals("*")
                            || t.equals(topic)
                            || (t.endsWith("/*") && topic.startsWith(t.substring(0, t.length() - 1))));
        }
    }

    /**
     * The page that serves a path.
     *
     * @param entry the page service
     * @param pattern the pattern that matched
     * @param parameters the values of its parameter segments
     */
    public record Match(Entry entry, String pattern, Map<String, String> parameters) {}

    private final ServiceTracker<PublicPage, Entry> tracker;
    // Every request of the site asks for the pages: a copy in matching order, renewed when a page comes or goes,
    // spares each one the tracker's lock and a sort.
    private final Map<Long, Entry> live = new ConcurrentHashMap<>();
    private volatile List<Entry> ordered = List.of();

    /** Tracks the pages of the framework of {@code context}; {@code gone} hears of each page that leaves. */
    public PageRoutes(BundleContext context, Consumer<Entry> gone) {
        tracker = new ServiceTracker<>(context, PublicPage.class, null) {
            @Override
            public Entry addingService(ServiceReference<PublicPage> reference) {
                PublicPage page = context.getService(reference);
                if (page == null) {
                    return null;
                }
                Entry entry = entry(page, reference);
                live.put(entry.serviceId(), entry);
                renew();
                return entry;
            }

            @Override
            public void removedService(ServiceReference<PublicPage> reference, Entry entry) {
                live.remove(entry.serviceId());
                renew();
                gone.accept(entry);
                context.ungetService(reference);
            }
        };
        tracker.open();
    }

    private synchronized void renew() {
        ordered = ordered(List.copyOf(live.values()));
    }

    static List<Entry> ordered(List<Entry> entries) {
        return entries.stream()
                .sorted(Comparator.comparingInt(Entry::ranking).reversed().thenComparingLong(Entry::serviceId))
                .toList();
    }

    static Entry entry(PublicPage page, ServiceReference<?> reference) {
        return new Entry(
                page,
                reference.getBundle(),
                strings(reference.getProperty(PublicPage.PATH)).stream()
                        .map(ApiRoutes::trim)
                        .toList(),
                strings(reference.getProperty(PublicPage.TOPICS)),
                reference.getProperty("service.ranking") instanceof Integer r ? r : 0,
                reference.getProperty("service.id") instanceof Long id ? id : 0L);
    }

    /** The pages now registered. */
    public List<Entry> entries() {
        Entry[] entries = tracker.getTracked().values().toArray(new Entry[0]);
        return List.of(entries);
    }

    /** The best page for this path (without leading slash), if any. */
    public Optional<Match> match(String path) {
        return first(ordered, path);
    }

    static Optional<Match> match(List<Entry> entries, String path) {
        return first(ordered(entries), path);
    }

    private static Optional<Match> first(List<Entry> ordered, String path) {
        Match best = null;
        int bestLiterals = -1;
        for (Entry entry : ordered) {
            for (String pattern : entry.patterns()) {
                Map<String, String> parameters = ApiRoutes.bind(pattern, path);
                int literals = parameters == null ? -1 : pattern.split("/", -1).length - parameters.size();
                if (literals > bestLiterals) {
                    best = new Match(entry, pattern, parameters);
                    bestLiterals = literals;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<String> strings(Object value) {
        if (value instanceof String[] many) {
            return Arrays.stream(many).map(String::trim).toList();
        }
        return value instanceof String one ? List.of(one.trim()) : List.of();
    }

    @Override
    public void close() {
        tracker.close();
    }
}
