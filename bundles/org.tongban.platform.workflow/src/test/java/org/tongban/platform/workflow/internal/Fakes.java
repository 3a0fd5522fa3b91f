package org.tongban.platform.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongban.platform.api.events.DomainEvents;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.ChainVerification;
import org.tongban.platform.api.security.CurrentUser;

/** A clerk with permissions at some jurisdictions, and recorders that keep only what was committed. */
final class Fakes {
    private Fakes() {}

    static final class Clerk implements AccessControl {
        private CurrentUser user;
        private Set<String> permissions = Set.of();
        private Set<String> jurisdictions = Set.of();

        void actAs(String name, Set<String> jurisdictions, String... permissions) {
            this.user = new CurrentUser(name, name, jurisdictions.iterator().next(), Set.of("clerk"));
            this.jurisdictions = jurisdictions;
            this.permissions = Set.of(permissions);
        }

        /** No one signed in: a scheduler thread. */
        void logout() {
            this.user = null;
            this.permissions = Set.of();
            this.jurisdictions = Set.of();
        }

        @Override
        public Optional<CurrentUser> currentUser() {
            return Optional.ofNullable(user);
        }

        @Override
        public boolean isPermitted(String permission) {
            return user != null && permissions.contains(permission);
        }

        @Override
        public boolean isPermitted(String permission, String jurisdictionCode) {
            return isPermitted(permission) && jurisdictions.contains(jurisdictionCode);
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
    }

    /** Audit entries and events as they would stand after commit. */
    static final class Committed implements AuditLog, DomainEvents {
        final List<String> audit = new ArrayList<>();
        final List<String> events = new ArrayList<>();
        private final Transactions tx;

        Committed(Transactions tx) {
            this.tx = tx;
        }

        @Override
        public void record(String action, String target, String detail) {
            tx.afterCommit(() -> audit.add(action + " " + target + " " + detail));
        }

        @Override
        public List<AuditEntry> recent(int limit) {
            return List.of();
        }

        @Override
        public ChainVerification verify() {
            return new ChainVerification(true, 0, -1);
        }

        @Override
        public void publish(String topic, String aggregate, Map<String, String> payload) {
            tx.afterCommit(
                    () -> events.add(topic + " " + aggregate + " " + payload.get("from") + "->" + payload.get("to")));
        }
    }
}
