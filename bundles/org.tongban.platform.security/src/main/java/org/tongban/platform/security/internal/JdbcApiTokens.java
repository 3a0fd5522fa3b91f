package org.tongban.platform.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.ApiToken;
import org.tongban.platform.api.security.ApiTokens;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;

/**
 * API tokens in {@code sec_api_token}. A secret is 32 random bytes, so its SHA-256 is a safe lookup key (a slow hash is
 * for guessable passwords). An authenticated token becomes a session-less Shiro subject for one request.
 */
@Component(service = ApiTokens.class)
public class JdbcApiTokens implements ApiTokens, AutoCloseable {
    static final String PREFIX = "tb_";
    static final int MAX_LABEL = 100;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, username, label, created_at, created_by, expires_at, revoked_at";

    private final Transactions tx;
    private final Accounts accounts;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final DefaultSecurityManager securityManager;

    @Activate
    public JdbcApiTokens(@Reference Database database, @Reference AccessControl access, @Reference AuditLog audit) {
        this(database, access, audit, Clock.systemUTC());
    }

    public JdbcApiTokens(Database database, AccessControl access, AuditLog audit, Clock clock) {
        this.tx = database.transactions();
        this.accounts = new Accounts(tx);
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.securityManager = new DefaultSecurityManager(new TongbanRealm(accounts, new Passwords()));
    }

    @Deactivate
    @Override
    public void close() {
        securityManager.destroy();
    }

    @Override
    public Issued issue(String username, String label, Duration validity) {
        Accounts.User user = checkAdmin(username);
        if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL) {
            throw new IllegalArgumentException("令牌用途不能为空，且不超过 " + MAX_LABEL + " 个字符");
        }
        if (validity == null || validity.compareTo(Duration.ofHours(1)) < 0 || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("令牌有效期应在 1 小时到 " + MAX_VALIDITY.toDays() + " 天之间");
        }
        // No escalation: the token acts with the account's permissions, which the administrator must hold there.
        for (String role : accounts.roles(username)) {
            for (String permission : accounts.permissions(role)) {
                access.check(permission, user.jurisdictionCode());
            }
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = Jdbc.truncate(clock.instant());
        Instant expires = now.plus(validity);
        String admin = access.currentUser().map(CurrentUser::username).orElseThrow();
        return tx.required(c -> {
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO sec_api_token (username, label, secret_hash, created_at, created_by, expires_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    username,
                    label.strip(),
                    hash(secret),
                    now,
                    admin,
                    expires);
            audit.record("token.issue", username, "id=" + id + ", label=" + label.strip() + ", expires=" + expires);
            return new Issued(new ApiToken(id, username, label.strip(), now, admin, expires, null), secret);
        });
    }

    @Override
    public void revoke(long id) {
        ApiToken token = tx.read(c ->
                        Jdbc.one(c, "SELECT " + COLUMNS + " FROM sec_api_token WHERE id = ?", JdbcApiTokens::token, id))
                .orElseThrow(() -> new IllegalArgumentException("令牌不存在：" + id));
        checkAdmin(token.username());
        tx.required(c -> {
            if (Jdbc.update(
                            c,
                            "UPDATE sec_api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                            clock.instant(),
                            id)
                    > 0) {
                audit.record("token.revoke", token.username(), "id=" + id + ", label=" + token.label());
            }
            return null;
        });
    }

    @Override
    public List<ApiToken> list(String username) {
        checkAdmin(username);
        return tx.read(c -> Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM sec_api_token WHERE username = ? ORDER BY created_at DESC, id DESC",
                JdbcApiTokens::token,
                username));
    }

    @Override
    public Optional<Object> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = tx.read(c -> Jdbc.one(
                c,
                "SELECT " + COLUMNS + " FROM sec_api_token WHERE secret_hash = ?",
                JdbcApiTokens::token,
                hash(secret)));
        Optional<Accounts.User> user = token.filter(t -> t.validAt(now)).flatMap(t -> accounts.find(t.username()));
        if (user.isEmpty() || !user.get().enabled()) {
            return Optional.empty();
        }
        SimplePrincipalCollection principals = new SimplePrincipalCollection();
        principals.add(new UserPrincipal(user.get().username(), user.get().jurisdictionCode()), "token");
        principals.add(new TokenPrincipal(token.get().id()), "token");
        Subject subject = new Subject.Builder(securityManager)
                .principals(principals)
                .authenticated(true)
                .sessionCreationEnabled(false)
                .buildSubject();
        return Optional.of(subject);
    }

    /** The account, after checking that the current user administers its jurisdiction. */
    private Accounts.User checkAdmin(String username) {
        access.check(PERMISSION);
        Accounts.User user = Optional.ofNullable(username)
                .flatMap(accounts::find)
                .orElseThrow(() -> new IllegalArgumentException("用户不存在：" + username));
        access.check(PERMISSION, user.jurisdictionCode());
        return user;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiToken token(ResultSet row) throws SQLException {
        return new ApiToken(
                row.getLong("id"),
                row.getString("username"),
                row.getString("label"),
                Jdbc.instant(row, "created_at"),
                row.getString("created_by"),
                Jdbc.instant(row, "expires_at"),
                Jdbc.instant(row, "revoked_at"));
    }
}
