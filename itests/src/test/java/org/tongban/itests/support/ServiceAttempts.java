package org.tongban.itests.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessDeniedException;

/** Attempts through the services, judged against the grants, with each refusal looked up in the audit log. */
public final class ServiceAttempts {

    /** Work done as a user. */
    public interface Work {
        void run() throws Exception;
    }

    private final TongbanInstance instance;
    private final Grants grants;
    public final List<String> wrong = new ArrayList<>();
    public int allowed;
    public int refused;
    public int other;

    public ServiceAttempts(TongbanInstance instance, Grants grants) {
        this.instance = instance;
        this.grants = grants;
    }

    public void attempt(String clerk, String permission, String district, Work work) throws Exception {
        boolean expected = grants.holds(clerk, permission, district);
        String what = clerk + " " + permission + " @ " + district;
        long denialsBefore = denials(clerk, permission + " @ " + district);
        try {
            work.run();
            if (expected) {
                allowed++;
            } else {
                wrong.add(what + ": allowed, expected AccessDeniedException");
            }
        } catch (AccessDeniedException e) {
            if (expected) {
                wrong.add(what + ": refused, expected allowed");
            } else if (denials(clerk, permission + " @ " + district) != denialsBefore + 1) {
                wrong.add(what + ": refused without an access.denied entry in the audit log");
            } else {
                refused++;
            }
        }
    }

    public void expect(String what, boolean expected, boolean actual) {
        other++;
        if (expected != actual) {
            wrong.add(what + ": " + actual + ", expected " + expected);
        }
    }

    /**
     * Denials of this user and target, chained or still waiting for the chainer. Both tables are read in one snapshot
     * (repeatable read): the chainer moves an entry from one to the other in its own transaction, and two reads apart
     * could see it in neither.
     */
    private long denials(String user, String target) throws Exception {
        String where = " WHERE actor = ? AND action = 'access.denied' AND target = ?";
        try (Connection connection =
                instance.service(Database.class).dataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (PreparedStatement count = connection.prepareStatement("SELECT (SELECT COUNT(*) FROM sec_audit_log"
                    + where + ") + (SELECT COUNT(*) FROM sec_audit_pending" + where + ")")) {
                count.setString(1, user);
                count.setString(2, target);
                count.setString(3, user);
                count.setString(4, target);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
