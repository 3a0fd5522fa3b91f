package org.tongban.host.web.nav;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All contributions per route, highest {@code service.ranking} first (then the oldest service), as Sling's servlet
 * resolver and the OSGi whiteboards rank them. The first is live; the others are shadowed, and when the live one
 * leaves the next takes over. Changes are serialised; reads of the live entries never block.
 *
 * @param <E> what a contribution carries
 */
final class RouteTable<E> {

    /**
     * One contribution.
     *
     * @param serviceId its service id
     * @param ranking its service ranking
     * @param path the route path it asks for
     * @param entry what it carries
     */
    record Candidate<E>(long serviceId, int ranking, String path, E entry) {}

    /**
     * What a change did to a route's live contribution.
     *
     * @param path the route
     * @param before the live entry before, or {@code null}
     * @param after the live entry after, or {@code null}
     */
    record Change<E>(String path, E before, E after) {
        boolean liveChanged() {
            return before != after;
        }
    }

    private static final Comparator<Candidate<?>> ORDER =
            Comparator.comparingInt((Candidate<?> c) -> -c.ranking()).thenComparingLong(Candidate::serviceId);

    private final Map<String, TreeSet<Candidate<E>>> byPath = new HashMap<>();
    private final Map<Long, Candidate<E>> byId = new HashMap<>();
    private final Map<String, E> live = new ConcurrentHashMap<>();

    /** Adds a contribution; the change says whether it became live. */
    synchronized Change<E> add(Candidate<E> candidate) {
        if (byId.putIfAbsent(candidate.serviceId(), candidate) != null) {
            throw new IllegalStateException("Service " + candidate.serviceId() + " is already in the table");
        }
        E before = live.get(candidate.path());
        byPath.computeIfAbsent(candidate.path(), p -> new TreeSet<>(ORDER)).add(candidate);
        return update(candidate.path(), before);
    }

    /** Removes a contribution; the change says which one is live now, if it was the live one. */
    synchronized Change<E> remove(long serviceId) {
        Candidate<E> candidate = byId.remove(serviceId);
        if (candidate == null) {
            return new Change<>(null, null, null);
        }
        E before = live.get(candidate.path());
        TreeSet<Candidate<E>> all = byPath.get(candidate.path());
        all.remove(candidate);
        if (all.isEmpty()) {
            byPath.remove(candidate.path());
        }
        return update(candidate.path(), before);
    }

    /** The contribution a service made, if it is in the table. */
    synchronized Optional<Candidate<E>> candidate(long serviceId) {
        return Optional.ofNullable(byId.get(serviceId));
    }

    /** Whether this service's contribution is the live one of its route. */
    synchronized boolean isLive(long serviceId) {
        Candidate<E> candidate = byId.get(serviceId);
        return candidate != null && byPath.get(candidate.path()).first() == candidate;
    }

    /** The contributions of a route, live one first. */
    synchronized List<Candidate<E>> candidates(String path) {
        TreeSet<Candidate<E>> all = byPath.get(path);
        return all == null ? List.of() : new ArrayList<>(all);
    }

    /** The live entry of a route, or {@code null}. */
    E live(String path) {
        return live.get(path);
    }

    /** Every live entry. */
    List<E> live() {
        return List.copyOf(live.values());
    }

    private Change<E> update(String path, E before) {
        TreeSet<Candidate<E>> all = byPath.get(path);
        E after = all == null ? null : all.first().entry();
        if (after == null) {
            live.remove(path);
        } else {
            live.put(path, after);
        }
        return new Change<>(path, before, after);
    }
}
