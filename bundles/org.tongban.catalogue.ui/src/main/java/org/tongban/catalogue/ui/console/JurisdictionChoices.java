package org.tongban.catalogue.ui.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * The jurisdictions a select offers: a subtree in tree order (each node followed by its children), two levels deep
 * (city, districts, streets) and capped, so that a select never has to load a whole province.
 */
final class JurisdictionChoices {
    static final int MAX_DEPTH = 2;
    static final int MAX_ITEMS = 500;

    private final Map<String, Jurisdiction> byCode = new LinkedHashMap<>();

    private JurisdictionChoices() {}

    /** The subtree below {@code rootCode} (inclusive), keeping only those {@code include} accepts. */
    static JurisdictionChoices below(Jurisdictions jurisdictions, String rootCode, Predicate<Jurisdiction> include) {
        JurisdictionChoices choices = new JurisdictionChoices();
        if (rootCode != null) {
            jurisdictions.find(rootCode).ifPresent(root -> choices.collect(jurisdictions, root, 0, include));
        }
        return choices;
    }

    private void collect(Jurisdictions jurisdictions, Jurisdiction node, int depth, Predicate<Jurisdiction> include) {
        if (byCode.size() >= MAX_ITEMS) {
            return;
        }
        if (include.test(node)) {
            byCode.put(node.code(), node);
        }
        if (depth < MAX_DEPTH) {
            for (Jurisdiction child : jurisdictions.children(node.code())) {
                collect(jurisdictions, child, depth + 1, include);
            }
        }
    }

    List<Jurisdiction> items() {
        return List.copyOf(byCode.values());
    }

    Optional<Jurisdiction> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    /** The name, after its parent's when the parent is listed too, so that equal street names stay apart. */
    String label(Jurisdiction jurisdiction) {
        Jurisdiction parent = jurisdiction.parentCode() == null ? null : byCode.get(jurisdiction.parentCode());
        boolean nested = parent != null && parent.parentCode() != null && byCode.containsKey(parent.parentCode());
        return nested ? parent.name() + " · " + jurisdiction.name() : jurisdiction.name();
    }
}
