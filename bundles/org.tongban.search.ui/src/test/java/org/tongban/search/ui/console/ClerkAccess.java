package org.tongban.search.ui.console;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.CurrentUser;

/**
 * A clerk holding chosen permissions over chosen subtrees, like the security bundle grants them: a grant at a division
 * code covers the codes below it (370100 covers 370102), never its parent.
 */
final class ClerkAccess implements AccessControl {
    /** The city of the tests. */
    static final String CITY = "370100";

    private final CurrentUser clerk;
    private final Map<String, Set<String>> grants = new HashMap<>();

    ClerkAccess(String username, String home) {
        this.clerk = new CurrentUser(username, username, home, Set.of("clerk"));
    }

    /** city.editor: edits the whole city's catalogue, and so the synonyms. */
    static ClerkAccess cityEditor() {
        return new ClerkAccess("city.editor", CITY).grant("catalogue:edit");
    }

    /** lixia.clerk: edits 历下区's matters only. */
    static ClerkAccess districtEditor() {
        return new ClerkAccess("lixia.clerk", "370102").grant("catalogue:edit");
    }

    /** Grants a permission over the clerk's home subtree. */
    ClerkAccess grant(String permission) {
        grants.computeIfAbsent(permission, p -> new HashSet<>()).add(clerk.jurisdictionCode());
        return this;
    }

    /** Withdraws a permission, as an administrator may while the clerk has a page open. */
    ClerkAccess revoke(String permission) {
        grants.remove(permission);
        return this;
    }

    @Override
    public Optional<CurrentUser> currentUser() {
        return Optional.of(clerk);
    }

    @Override
    public boolean isPermitted(String permission) {
        return grants.containsKey(permission);
    }

    @Override
    public boolean isPermitted(String permission, String jurisdictionCode) {
        return jurisdictionCode != null
                && grants.getOrDefault(permission, Set.of()).stream()
                        .anyMatch(root -> jurisdictionCode.startsWith(significant(root)));
    }

    @Override
    public void check(String permission, String jurisdictionCode) {
        if (!isPermitted(permission, jurisdictionCode)) {
            throw new AccessDeniedException(permission, jurisdictionCode);
        }
    }

    @Override
    public void check(String permission) {
        if (!isPermitted(permission)) {
            throw new AccessDeniedException(permission, null);
        }
    }

    // 370100 is the city: its subtree is every code starting with 3701.
    private static String significant(String code) {
        String trimmed = code;
        while (trimmed.endsWith("00") && trimmed.length() > 2) {
            trimmed = trimmed.substring(0, trimmed.length() - 2);
        }
        return trimmed;
    }
}
