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
 * @param kind the case kind, lower-case letters, digits and {@code -}; it names the events ({@code kind/ACTION})
 * @param initial the state a new case starts in
 * @param createPermission needed at the jurisdiction to create a case
 * @param readPermission needed at the jurisdiction to see a case and its history
 * @param transitions the table
 */
public record WorkflowDefinition(
        String kind, String initial, String createPermission, String readPermission, List<Transition> transitions) {
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
            return new WorkflowDefinition(kind, initial, create, read, rows);
        }

        private Transition last() {
            if (rows.isEmpty()) {
                throw new IllegalStateException("call on(from, action, to) first");
            }
            return rows.getLast();
        }
    }
}
