package org.tongban.hotline.open311.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.bundle.Header;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.hotline.open311.Open311Key;
import org.tongban.hotline.open311.Open311Keys;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.ApiTokens;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;

/** Open311 keys in {@code open311_api_key} (SHA-256 of the key), each over a platform API token. */
@Component(service = Open311Keys.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/open311-changelog.xml")
public final class JdbcOpen311Keys implements Open311Keys {
    private static final String COLUMNS = "id, label, account, issued_at, issued_by, expires_at, revoked_at";

    private final Transactions tx;
    private final AccessControl access;
    private final AuditLog audit;
    private final ApiTokens tokens;
    private final Clock clock;

    @Activate
    public JdbcOpen311Keys(
            @Reference Database database,
            @Reference AccessControl access,
            @Reference AuditLog audit,
            @Reference ApiTokens tokens) {
        this(database.transactions(), access, audit, tokens, Clock.systemUTC());
    }

    JdbcOpen311Keys(Transactions tx, AccessControl access, AuditLog audit, ApiTokens tokens, Clock clock) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Issued issue(String account, String label) {
        access.check(PERMISSION);
        if (label == null || label.isBlank() || label.length() > 100) {
            throw new IllegalArgumentException("请填写密钥用途（不超过100个字）");
        }
        return tx.required(c -> {
            // The platform checks the account and that the issuer holds its permissions, and hashes the token.
            ApiTokens.Issued token = tokens.issue(account, "Open311: " + label.strip(), ApiTokens.MAX_VALIDITY);
            Instant now = clock.instant();
            String by = access.currentUser().map(CurrentUser::username).orElse("system");
            Jdbc.update(
                    c,
                    "INSERT INTO open311_api_key (key_hash, token_id, label, account, issued_at, issued_by, expires_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    hash(token.secret()),
                    token.token().id(),
                    label.strip(),
                    account,
                    now,
                    by,
                    token.token().expiresAt());
            Open311Key key = Jdbc.one(
                            c,
                            "SELECT " + COLUMNS + " FROM open311_api_key WHERE key_hash = ?",
                            JdbcOpen311Keys::map,
                            hash(token.secret()))
                    .orElseThrow();
            audit.record("open311.key.issue", Long.toString(key.id()), account + " " + key.label());
            return new Issued(key, token.secret());
        });
    }

    @Override
    public void revoke(long id) {
        access.check(PERMISSION);
        tx.required(c -> {
            Optional<Long> token = Jdbc.one(
                    c,
                    "SELECT token_id FROM open311_api_key WHERE id = ? AND revoked_at IS NULL",
                    r -> r.getLong(1),
                    id);
            if (token.isPresent()) {
                Jdbc.update(c, "UPDATE open311_api_key SET revoked_at = ? WHERE id = ?", clock.instant(), id);
                tokens.revoke(token.get());
                audit.record("open311.key.revoke", Long.toString(id), "");
            }
            return null;
        });
    }

    @Override
    public List<Open311Key> list() {
        access.check(PERMISSION);
        return tx.read(c -> Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM open311_api_key ORDER BY issued_at DESC, id DESC",
                JdbcOpen311Keys::map));
    }

    @Override
    public Optional<Object> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean registered = tx.read(c -> Jdbc.one(
                        c,
                        "SELECT expires_at FROM open311_api_key WHERE key_hash = ? AND revoked_at IS NULL",
                        r -> Jdbc.instant(r, "expires_at"),
                        hash(apiKey))
                .filter(now::isBefore)
                .isPresent());
        return registered ? tokens.authenticate(apiKey) : Optional.empty();
    }

    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Open311Key map(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Open311Key(
                r.getLong("id"),
                r.getString("label"),
                r.getString("account"),
                Jdbc.instant(r, "issued_at"),
                r.getString("issued_by"),
                Jdbc.instant(r, "expires_at"),
                Jdbc.instant(r, "revoked_at"));
    }
}
