package org.tongban.platform.console.internal.users;

import java.util.ArrayList;
import java.util.List;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/**
 * The jurisdictions an administrator can assign: their own and its subtree, tree order. The walk is bounded because a
 * city has thousands of villages and the tree is read one level per call.
 */
final class JurisdictionChoices {
    static final int MAX_DEPTH = 3;
    static final int MAX_ENTRIES = 2000;

    private JurisdictionChoices() {}

    static List<Jurisdiction> below(Jurisdictions jurisdictions, String rootCode) {
        List<Jurisdiction> result = new ArrayList<>();
        if (rootCode != null) {
            jurisdictions.find(rootCode).ifPresent(root -> walk(jurisdictions, root, 0, result));
        }
        return result;
    }

    private static void walk(Jurisdictions jurisdictions, Jurisdiction node, int depth, List<Jurisdiction> result) {
        if (result.size() >= MAX_ENTRIES) {
            return;
        }
        result.add(node);
        if (depth < MAX_DEPTH && node.level() != Jurisdiction.Level.VILLAGE) {
            for (Jurisdiction child : jurisdictions.children(node.code())) {
                walk(jurisdictions, child, depth + 1, result);
            }
        }
    }

    /** {@code 历下区（370102）}. */
    static String label(Jurisdiction jurisdiction) {
        return jurisdiction.name() + "（" + jurisdiction.code() + "）";
    }
}
