package org.tongban.platform.security.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Transactions;

/**
 * Failed logins per account and client address ({@code sec_login_failure}). The lock after too many failures holds for
 * that address only, so that whoever guesses passwords from one address cannot lock the account's owner out; the owner
 * logs in from another address as usual. Logins without an address (not through the web) count under the empty one.
 */
final class LoginLocks {

    private final Transactions tx;

    LoginLocks(Transactions tx) {
        this.tx = tx;
    }

    /** The end of the account's lock for this address, or null when it is not locked there. */
    Instant lockedUntil(String username, String address) {
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT locked_until FROM sec_login_failure WHERE username = ? AND remote_address = ?")) {
                ps.setString(1, username);
                ps.setString(2, key(address));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Jdbc.instant(rs, "locked_until") : null;
                }
            }
        });
    }

    /**
     * Counts a failure of the account from the address; at {@code maxFailures} consecutive ones the account is locked
     * for that address until {@code lockUntil} and the count starts again. Returns the lock end when this failure
     * locked it. The account's row is locked first, which serialises concurrent failures of one account (so the first
     * failure from an address is inserted once) on H2 and PostgreSQL alike.
     */
    Optional<Instant> recordFailure(String username, String address, int maxFailures, Instant lockUntil) {
        return tx.required(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT username FROM sec_user WHERE username = ? FOR UPDATE")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Instant>empty();
                    }
                }
            }
            int failures = 1;
            boolean known = false;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT failures FROM sec_login_failure WHERE username = ? AND remote_address = ?")) {
                ps.setString(1, username);
                ps.setString(2, key(address));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        known = true;
                        failures = rs.getInt(1) + 1;
                    }
                }
            }
            boolean lock = failures >= maxFailures;
            try (PreparedStatement ps = c.prepareStatement(
                    known
                            ? "UPDATE sec_login_failure SET failures = ?, locked_until = ?"
                                    + " WHERE username = ? AND remote_address = ?"
                            : "INSERT INTO sec_login_failure (failures, locked_until, username, remote_address)"
                                    + " VALUES (?, ?, ?, ?)")) {
                ps.setInt(1, lock ? 0 : failures);
                Jdbc.setInstant(ps, 2, lock ? lockUntil : null);
                ps.setString(3, username);
                ps.setString(4, key(address));
                ps.executeUpdate();
            }
            return lock ? Optional.of(lockUntil) : Optional.<Instant>empty();
        });
    }

    /** A successful login from the address: its failures and lock are gone (other addresses keep theirs). */
    void succeeded(String username, String address) {
        tx.required(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("DELETE FROM sec_login_failure WHERE username = ? AND remote_address = ?")) {
                ps.setString(1, username);
                ps.setString(2, key(address));
                return ps.executeUpdate();
            }
        });
    }

    /** An administrator's unlock: every address's failures and lock of the account are gone. */
    void unlock(String username) {
        tx.required(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sec_login_failure WHERE username = ?")) {
                ps.setString(1, username);
                return ps.executeUpdate();
            }
        });
    }

    private static String key(String address) {
        String key = address == null ? "" : address.trim();
        return key.length() > 64 ? key.substring(0, 64) : key;
    }
}
