package org.tongban.platform.accounts.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.tongban.platform.api.jdbc.Jdbc;

/**
 * Failed sign-ins per account and client address ({@code pub_login_failure}), as the staff side counts them: the lock
 * holds for the address the failures came from, so that whoever guesses from one address cannot lock the owner out
 * everywhere. Sign-ins without an address count under the empty one.
 */
final class SignInLocks {
    private static final int MAX_ADDRESS = 64;

    private SignInLocks() {}

    static Optional<Instant> lockedUntil(Connection c, long account, String address, Instant now) throws SQLException {
        return Jdbc.one(
                c,
                "SELECT locked_until FROM pub_login_failure WHERE account_id = ? AND remote_address = ?"
                        + " AND locked_until > ?",
                row -> Jdbc.instant(row, "locked_until"),
                account,
                key(address),
                now);
    }

    /**
     * Counts a failure; at {@code maxFailures} the account is locked for the address until {@code lockUntil} and the
     * count starts again. The account's row is locked first so that concurrent failures count one by one.
     */
    static Optional<Instant> failed(Connection c, long account, String address, int maxFailures, Instant lockUntil)
            throws SQLException {
        Jdbc.one(c, "SELECT id FROM pub_account WHERE id = ? FOR UPDATE", row -> row.getLong(1), account);
        Optional<Integer> known = Jdbc.one(
                c,
                "SELECT failures FROM pub_login_failure WHERE account_id = ? AND remote_address = ?",
                row -> row.getInt(1),
                account,
                key(address));
        int failures = known.orElse(0) + 1;
        boolean lock = failures >= maxFailures;
        Jdbc.update(
                c,
                known.isPresent()
                        ? "UPDATE pub_login_failure SET failures = ?, locked_until = ? WHERE account_id = ? AND remote_address = ?"
                        : "INSERT INTO pub_login_failure (failures, locked_until, account_id, remote_address) VALUES (?, ?, ?, ?)",
                lock ? 0 : failures,
                lock ? lockUntil : Jdbc.NULL_TIMESTAMP,
                account,
                key(address));
        return lock ? Optional.of(lockUntil) : Optional.empty();
    }

    static void succeeded(Connection c, long account, String address) throws SQLException {
        Jdbc.update(
                c, "DELETE FROM pub_login_failure WHERE account_id = ? AND remote_address = ?", account, key(address));
    }

    static void clear(Connection c, long account) throws SQLException {
        Jdbc.update(c, "DELETE FROM pub_login_failure WHERE account_id = ?", account);
    }

    private static String key(String address) {
        String key = address == null ? "" : address.strip();
        return key.length() > MAX_ADDRESS ? key.substring(0, MAX_ADDRESS) : key;
    }
}
