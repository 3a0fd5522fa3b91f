package org.tongban.platform.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * The jurisdictions a field offers: a subtree in tree order (each node followed by its children), a few levels deep
 * and capped, so that a field never has to load a whole province (the tree is read one level per call).
 */
public final class JurisdictionChoices {
    /** Levels below the root: city, districts, streets. */
    public static final int DEFAULT_DEPTH = 2;

    public static final int DEFAULT_LIMIT = 500;

    private final Map<String, Jurisdiction> byCode = new LinkedHashMap<>();

    private JurisdictionChoices() {}

    /** The whole subtree below {@code rootCode} (inclusive), two levels deep. */
    public static JurisdictionChoices below(Jurisdictions jurisdictions, String rootCode) {
        return below(jurisdictions, rootCode, j -> true);
    }

    /** The subtree below {@code rootCode} (inclusive), two levels deep, keeping only those {@code include} accepts. */
    public static JurisdictionChoices below(
            Jurisdictions jurisdictions, String rootCode, Predicate<Jurisdiction> include) {
        return below(jurisdictions, rootCode, include, DEFAULT_DEPTH, DEFAULT_LIMIT);
    }

    /**
     * The subtree below {@code rootCode} (inclusive) down to {@code maxDepth} levels below it, at most {@code limit}
     * entries; a node {@code include} refuses is left out, its children are still visited.
     */
    public static JurisdictionChoices below(
            Jurisdictions jurisdictions, String rootCode, Predicate<Jurisdiction> include, int maxDepth, int limit) {
        JurisdictionChoices choices = new JurisdictionChoices();
        if (rootCode != null) {
            jurisdictions
                    .find(rootCode)
                    .ifPresent(root -> choices.collect(jurisdictions, root, 0, include, maxDepth, limit));
        }
        return choices;
    }

    private void collect(
            Jurisdictions jurisdictions,
            Jurisdiction node,
            int depth,
            Predicate<Jurisdiction> include,
            int maxDepth,
            int limit) {
        if (byCode.size() >= limit) {
            return;
        }
        if (include.test(node)) {
            byCode.put(node.code(), node);
        }
        if (depth < maxDepth && node.level() != Jurisdiction.Level.VILLAGE) {
            for (Jurisdiction child : jurisdictions.children(node.code())) {
                collect(jurisdictions, child, depth + 1, include, maxDepth, limit);
            }
        }
    }

    /** The jurisdictions in tree order. */
    public List<Jurisdiction> items() {
        return List.copyOf(byCode.values());
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }

    /** The offered jurisdiction of this code, if it is offered. */
    public Optional<Jurisdiction> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    /** The offered jurisdiction of {@code code}, else the first one offered. */
    public Optional<Jurisdiction> findOrFirst(String code) {
        return find(code).or(() -> byCode.values().stream().findFirst());
    }

    /** The name, after its parent's when the parent is listed too, so that equal street names stay apart. */
    public String label(Jurisdiction jurisdiction) {
        Jurisdiction parent = jurisdiction.parentCode() == null ? null : byCode.get(jurisdiction.parentCode());
        boolean nested = parent != null && parent.parentCode() != null && byCode.containsKey(parent.parentCode());
        return nested ? parent.name() + " · " + jurisdiction.name() : jurisdiction.name();
    }

    /** The name with the code, {@code 历下区（370102）}, for administrators who think in codes. */
    public static String labelWithCode(Jurisdiction jurisdiction) {
        return jurisdiction.name() + "（" + jurisdiction.code() + "）";
    }
}
