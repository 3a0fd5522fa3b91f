package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.shiro.util.ThreadContext;
import org.tongban.platform.api.security.LoginResult;
import org.tongban.testing.MutableClock;
import org.tongban.testing.SeedJurisdictions;
import org.tongban.testing.TestDatabase;

/**
 * The security services wired by hand over a fresh database holding the Jinan jurisdiction tree, with a clock the test
 * moves.
 */
final class SecurityFixture implements AutoCloseable {
    static final String CHANGELOG = "db/security-changelog.xml";
    static final String CITY = "370100";
    static final String LIXIA = "370102";
    static final String JIEFANGLU = "370102001";
    static final String SHIZHONG = "370103";
    static final String PASSWORD = "Passw0rd2026";
    // Argon2 is slow on purpose; one hash serves every test account.
    private static volatile String passwordHash;

    final TestDatabase db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    final SecuritySettings settings;
    final JdbcJurisdictions jurisdictions;
    final JdbcAuditLog audit;
    final ShiroAccessControl access;
    final ShiroAuthenticator authenticator;
    final JdbcUserAdmin userAdmin;
    final Accounts accounts;

    SecurityFixture(Backend backend) {
        this(backend, null, false, LoginPolicy.DEFAULT);
    }

    SecurityFixture(Backend backend, Path home, boolean demo, LoginPolicy policy) {
        this(backend, home, demo, policy, temporaryKeyFile());
    }

    /** With the audit key in {@code auditKeyFile}, or a plain SHA-256 chain when it is null. */
    SecurityFixture(Backend backend, Path home, boolean demo, LoginPolicy policy, Path auditKeyFile) {
        db = backend == Backend.H2 ? TestDatabase.h2(CHANGELOG) : TestDatabase.postgres(CHANGELOG);
        settings = new SecuritySettings(home, demo, CITY, clock, auditKeyFile);
        jurisdictions = new JdbcJurisdictions(db);
        try (InputStream in = SeedJurisdictions.jinanSeed()) {
            JurisdictionSeed.apply(db.transactions(), JurisdictionSeed.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit = new JdbcAuditLog(db, settings);
        access = new ShiroAccessControl(db, audit);
        authenticator = new ShiroAuthenticator(db, settings, policy);
        userAdmin = new JdbcUserAdmin(db, access, audit, clock);
        accounts = new Accounts(db.transactions());
    }

    /** A key file path in a folder of its own (deleted with the JVM's temporary files by the OS, it holds no secret). */
    static Path temporaryKeyFile() {
        try {
            Path folder = Files.createTempDirectory("tongban-audit-key-");
            folder.toFile().deleteOnExit();
            Path file = folder.resolve("audit-chain.key");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an account with {@link #PASSWORD}, not one-time. */
    void user(String username, String jurisdiction, String... roles) {
        accounts.create(username, username, jurisdiction, passwordHash(), false, List.of(roles), clock.instant());
    }

    static String passwordHash() {
        if (passwordHash == null) {
            passwordHash = new Passwords().hash(PASSWORD.toCharArray());
        }
        return passwordHash;
    }

    /** Logs in and binds the session to this thread. */
    Object loginAs(String username) {
        LoginResult result = authenticator.login(username, PASSWORD.toCharArray(), "127.0.0.1");
        assertThat(result.loggedIn()).as(result.message()).isTrue();
        authenticator.bind(result.session());
        return result.session();
    }

    @Override
    public void close() {
        ThreadContext.remove();
        authenticator.close();
        audit.stop();
        db.close();
    }
}
