package org.tongban.platform.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A kind of case and its transition table. Build it once, as data:
 *
 * <pre>
 * WorkflowDefinition.of("intake", "RECEIVED")
 *         .on("RECEIVED", "accept", "ACCEPTED").permission("intake:handle").clock(ClockEffect.START)
 *         .on("ACCEPTED", "requestSupplement", "SUPPLEMENT").permission("intake:handle").reason().clock(ClockEffect.PAUSE)
 *         .build();
 * </pre>
 *
 * <p>Timeouts (1.2) let the system act when nobody does: 行政许可法 第三十二条第一款第四项 gives the agency five working
 * days to tell the applicant everything to correct, after which the application counts as accepted on the day of
 * receipt:
 *
 * <pre>
 *         .on("RECEIVED", "deemAccept", "ACCEPTED").permission(Transition.SYSTEM).clock(ClockEffect.START)
 *         .timeout(Timeout.of("RECEIVED", 5, "WORKING_DAYS", "deemAccept", "逾期未告知补正内容，视为受理")
 *                 .clockAsOf("RECEIVED"))
 * </pre>
 *
 * @param kind the case kind, lower-case letters, digits and {@code -}; it names the events ({@code kind/ACTION})
 * @param initial the state a new case starts in
 * @param createPermission needed at the jurisdiction to create a case
 * @param readPermission needed at the jurisdiction to see a case and its history
 * @param transitions the table
 * @param timeouts what the system does when a case stays too long in a state, at most one per state (since 1.2)
 */
public record WorkflowDefinition(
        String kind,
        String initial,
        String createPermission,
        String readPermission,
        List<Transition> transitions,
        List<Timeout> timeouts) {
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,49}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,49}");

    public WorkflowDefinition {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("workflow kind must be lower-case letters, digits and -: " + kind);
        }
        transitions = List.copyOf(transitions);
        Set<String> seen = new HashSet<>();
        for (Transition t : transitions) {
            for (String word : List.of(t.from(), t.action(), t.to())) {
                if (word == null || !WORD.matcher(word).matches()) {
                    throw new IllegalArgumentException("bad state or action name in " + kind + ": " + word);
                }
            }
            if (t.permission() == null || t.permission().isBlank()) {
                throw new IllegalArgumentException(
                        kind + ": " + t.from() + " --" + t.action() + "-> needs a permission");
            }
            if (!seen.add(t.from() + "/" + t.action())) {
                throw new IllegalArgumentException(kind + ": two rows for " + t.from() + " --" + t.action() + "->");
            }
        }
        timeouts = timeouts == null ? List.of() : List.copyOf(timeouts);
        checkTimeouts(kind, initial, transitions, timeouts);
    }

    /** A definition without timeouts, as before 1.2. */
    public WorkflowDefinition(
            String kind, String initial, String createPermission, String readPermission, List<Transition> transitions) {
        this(kind, initial, createPermission, readPermission, transitions, List.of());
    }

    // The timeout's action must be a row out of its state, so that a case in the state can always take it; refused
    // here, when the bundle builds its definition, rather than when a timer fires weeks later.
    private static void checkTimeouts(
            String kind, String initial, List<Transition> transitions, List<Timeout> timeouts) {
        Set<String> states = new HashSet<>();
        states.add(initial);
        transitions.forEach(t -> {
            states.add(t.from());
            states.add(t.to());
        });
        Set<String> watched = new HashSet<>();
        for (Timeout timeout : timeouts) {
            String where = kind + "：状态「" + timeout.state() + "」的超时";
            if (!states.contains(timeout.state())) {
                throw new IllegalArgumentException(where + "所在状态不在流转表中");
            }
            if (!watched.add(timeout.state())) {
                throw new IllegalArgumentException(where + "重复定义，每个状态至多一个超时");
            }
            Transition row = transitions.stream()
                    .filter(t -> t.from().equals(timeout.state()) && t.action().equals(timeout.action()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(where + "操作「" + timeout.action() + "」不是从该状态出发的流转"));
            if (row.to().equals(timeout.state())) {
                throw new IllegalArgumentException(where + "操作「" + timeout.action() + "」不能回到同一状态");
            }
            if (timeout.clockAsOf() != null && !states.contains(timeout.clockAsOf())) {
                throw new IllegalArgumentException(where + "计时起点状态「" + timeout.clockAsOf() + "」不在流转表中");
            }
        }
    }

    /** Starts a table for a kind whose cases begin in {@code initial}. */
    public static Builder of(String kind, String initial) {
        return new Builder(kind, initial);
    }

    /** The row for this state and action. */
    public Optional<Transition> find(String from, String action) {
        return transitions.stream()
                .filter(t -> t.from().equals(from) && t.action().equals(action))
                .findFirst();
    }

    /**
     * Every state of the table: the initial one and those its rows leave or enter.
     *
     * @since 1.1
     */
    public Set<String> states() {
        Set<String> states = new java.util.LinkedHashSet<>();
        states.add(initial);
        for (Transition t : transitions) {
            states.add(t.from());
            states.add(t.to());
        }
        return states;
    }

    /**
     * The timeout watching a state, if any.
     *
     * @since 1.2
     */
    public Optional<Timeout> timeout(String state) {
        return timeouts.stream().filter(t -> t.state().equals(state)).findFirst();
    }

    /** The rows that leave a state. */
    public List<Transition> from(String state) {
        return transitions.stream().filter(t -> t.from().equals(state)).toList();
    }

    /** Builds a definition row by row; each {@link #on} starts a row, the calls after it refine that row. */
    public static final class Builder {
        private final String kind;
        private final String initial;
        private String createPermission;
        private String readPermission;
        private final List<Transition> rows = new ArrayList<>();
        private final List<Timeout> timeouts = new ArrayList<>();

        private Builder(String kind, String initial) {
            this.kind = kind;
            this.initial = initial;
        }

        /** The permission needed to create a case of this kind (default: the first row's). */
        public Builder createdWith(String permission) {
            this.createPermission = permission;
            return this;
        }

        /** The permission needed to see a case (default: {@code <domain>:read} of the create permission). */
        public Builder readWith(String permission) {
            this.readPermission = permission;
            return this;
        }

        public Builder on(String from, String action, String to) {
            rows.add(new Transition(from, action, to, null, false, ClockEffect.NONE));
            return this;
        }

        public Builder permission(String permission) {
            Transition t = last();
            rows.set(
                    rows.size() - 1,
                    new Transition(t.from(), t.action(), t.to(), permission, t.reasonRequired(), t.clock()));
            return this;
        }

        public Builder reason() {
            Transition t = last();
            rows.set(rows.size() - 1, new Transition(t.from(), t.action(), t.to(), t.permission(), true, t.clock()));
            return this;
        }

        public Builder clock(ClockEffect effect) {
            Transition t = last();
            rows.set(
                    rows.size() - 1,
                    new Transition(t.from(), t.action(), t.to(), t.permission(), t.reasonRequired(), effect));
            return this;
        }

        /**
         * Adds a timeout; its action must be a row of the table that leaves its state (checked by {@link #build}).
         *
         * @since 1.2
         */
        public Builder timeout(Timeout timeout) {
            timeouts.add(java.util.Objects.requireNonNull(timeout, "timeout"));
            return this;
        }

        public WorkflowDefinition build() {
            String create = createPermission != null
                    ? createPermission
                    : rows.isEmpty() ? null : rows.getFirst().permission();
            if (create == null || create.isBlank()) {
                throw new IllegalArgumentException(kind + ": no permission to create cases with");
            }
            String read = readPermission != null
                    ? readPermission
                    : (create.contains(":") ? create.substring(0, create.indexOf(':')) : create) + ":read";
            return new WorkflowDefinition(kind, initial, create, read, rows, timeouts);
        }

        private Transition last() {
            if (rows.isEmpty()) {
                throw new IllegalStateException("call on(from, action, to) first");
            }
            return rows.getLast();
        }
    }
}
