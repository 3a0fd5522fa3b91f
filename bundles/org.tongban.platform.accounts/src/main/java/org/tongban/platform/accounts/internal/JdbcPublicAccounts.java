package org.tongban.platform.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.tongban.platform.accounts.AccountException;
import org.tongban.platform.accounts.ApiSession;
import org.tongban.platform.accounts.PublicAccount;
import org.tongban.platform.accounts.PublicAccounts;
import org.tongban.platform.accounts.Registration;
import org.tongban.platform.accounts.SignIn;
import org.tongban.platform.api.PlatformProperties;
import org.tongban.platform.api.identity.ApplicantKind;
import org.tongban.platform.api.jdbc.Jdbc;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.PasswordHashing;
import org.tongban.platform.notify.Channel;
import org.tongban.platform.notify.Notification;
import org.tongban.platform.notify.Notifications;

/** Public accounts in {@code pub_account}, with their sign-in locks, reset codes and mobile sessions. */
@Component(service = PublicAccounts.class, configurationPid = AccountsConfig.PID)
@Designate(ocd = AccountsConfig.class)
@Header(name = Database.CHANGELOG_HEADER, value = "db/accounts-changelog.xml")
public final class JdbcPublicAccounts implements PublicAccounts {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_CODES_PER_MOBILE_HOUR = 5;
    private static final String COLUMNS = "id, kind, name, identifier, contact_name, mobile, created_at";

    private final Database database;
    private final AuditLog auditLog;
    private final PasswordHashing passwords;
    private final Notifications notifications;
    private final AccountRules rules;
    private final String cityJurisdiction;
    private final Clock clock;
    // Compared against when the login name is unknown, so that a refusal takes as long either way.
    private final String decoyHash;

    @Activate
    public JdbcPublicAccounts(
            @Reference Database database,
            @Reference AuditLog auditLog,
            @Reference PasswordHashing passwords,
            @Reference Notifications notifications,
            AccountsConfig config,
            BundleContext context) {
        this(
                database,
                auditLog,
                passwords,
                notifications,
                AccountRules.of(config),
                context.getProperty(PlatformProperties.ROOT_JURISDICTION),
                Clock.systemUTC());
    }

    JdbcPublicAccounts(
            Database database,
            AuditLog auditLog,
            PasswordHashing passwords,
            Notifications notifications,
            AccountRules rules,
            String cityJurisdiction,
            Clock clock) {
        this.database = database;
        this.auditLog = auditLog;
        this.passwords = passwords;
        this.notifications = notifications;
        this.rules = rules;
        this.cityJurisdiction = cityJurisdiction == null ? "000000" : cityJurisdiction;
        this.clock = clock;
        this.decoyHash = passwords.hash("decoy-password-0".toCharArray());
    }

    @Override
    public PublicAccount register(Registration registration) {
        RegistrationCheck.Clean clean = RegistrationCheck.check(registration);
        passwords.refusal(clean.identifier(), null, registration.password()).ifPresent(refusal -> {
            throw AccountException.of(refusal);
        });
        String hash = passwords.hash(registration.password());
        Instant now = now();
        return database.transactions().required(c -> {
            if (Jdbc.one(c, "SELECT id FROM pub_account WHERE identifier = ?", r -> r.getLong(1), clean.identifier())
                    .isPresent()) {
                throw AccountException.of("accounts.error.taken");
            }
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO pub_account (kind, name, identifier, contact_name, mobile, password_hash, created_at,"
                            + " password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    clean.kind(),
                    clean.name(),
                    clean.identifier(),
                    clean.contactName(),
                    clean.mobile(),
                    hash,
                    now,
                    now);
            auditLog.record(
                    "account.register", target(id), clean.kind() + " " + ApplicantKind.display(clean.identifier()));
            notifications.send(Notification.inApp(
                    PublicAccount.recipientOf(id),
                    cityJurisdiction,
                    "account.registered",
                    clean.name(),
                    ApplicantKind.display(clean.identifier())));
            return find(c, id).orElseThrow();
        });
    }

    @Override
    public SignIn signIn(String loginName, char[] password, String remoteAddress) {
        Optional<Stored> stored = stored(loginName);
        if (stored.isEmpty()) {
            passwords.matches(password, decoyHash);
            auditLog.recordIndependently("account.signInFailed", "account/?", "未知登录名");
            return new SignIn(SignIn.Outcome.REFUSED, null, null, null);
        }
        long id = stored.get().id();
        Instant now = now();
        Optional<Instant> locked =
                database.transactions().read(c -> SignInLocks.lockedUntil(c, id, remoteAddress, now));
        if (locked.isPresent()) {
            auditLog.recordIndependently("account.signInLocked", target(id), "锁定至 " + locked.get());
            return new SignIn(SignIn.Outcome.LOCKED, null, locked.get(), null);
        }
        if (!passwords.matches(password, stored.get().hash())) {
            Optional<Instant> lockNow = database.transactions().requiresNew(c -> {
                Optional<Instant> until = SignInLocks.failed(
                        c, id, remoteAddress, rules.maxFailedAttempts(), Jdbc.truncate(now.plus(rules.lockDuration())));
                auditLog.record(
                        until.isPresent() ? "account.locked" : "account.signInFailed",
                        target(id),
                        until.map(u -> "多次密码错误，锁定至 " + u).orElse("密码错误"));
                return until;
            });
            return lockNow.map(until -> new SignIn(SignIn.Outcome.LOCKED, null, until, null))
                    .orElse(new SignIn(SignIn.Outcome.REFUSED, null, null, null));
        }
        return database.transactions().required(c -> {
            SignInLocks.succeeded(c, id, remoteAddress);
            auditLog.record("account.signIn", target(id), "");
            return new SignIn(SignIn.Outcome.SIGNED_IN, find(c, id).orElseThrow(), null, null);
        });
    }

    @Override
    public SignIn signInForApi(String loginName, char[] password, String remoteAddress) {
        SignIn signIn = signIn(loginName, password, remoteAddress);
        if (!signIn.signedIn()) {
            return signIn;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = Jdbc.truncate(now().plus(rules.apiSession()));
        database.transactions().required(c -> {
            Jdbc.update(
                    c,
                    "INSERT INTO pub_api_session (token_hash, account_id, expires_at) VALUES (?, ?, ?)",
                    sha256(token),
                    signIn.account().id(),
                    expires);
            auditLog.record("account.apiSession", target(signIn.account().id()), "至 " + expires);
            return null;
        });
        return signIn.withSession(new ApiSession(token, expires, signIn.account()));
    }

    @Override
    public Optional<PublicAccount> byToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = now();
        return database.transactions().read(c -> {
            Optional<Long> id = Jdbc.one(
                    c,
                    "SELECT account_id FROM pub_api_session WHERE token_hash = ? AND expires_at > ?",
                    row -> row.getLong(1),
                    sha256(token.strip()),
                    now);
            return id.isPresent() ? find(c, id.get()) : Optional.<PublicAccount>empty();
        });
    }

    @Override
    public Optional<PublicAccount> find(long id) {
        return database.transactions().read(c -> find(c, id));
    }

    @Override
    public Optional<PublicAccount> byIdentifier(String identifier) {
        return stored(identifier).flatMap(account -> find(account.id()));
    }

    @Override
    public Optional<String> identifier(long id) {
        return database.transactions()
                .read(c -> Jdbc.one(c, "SELECT identifier FROM pub_account WHERE id = ?", row -> row.getString(1), id));
    }

    @Override
    public void requestReset(String loginName) {
        Optional<Stored> stored = stored(loginName);
        if (stored.isEmpty()) {
            auditLog.recordIndependently("account.resetUnknown", "account/?", "未知登录名");
            return;
        }
        Stored account = stored.get();
        Instant now = now();
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        String hash = passwords.hash(code.toCharArray());
        database.transactions().required(c -> {
            Optional<Instant> last = Jdbc.one(
                    c,
                    "SELECT requested_at FROM pub_reset_code WHERE account_id = ? FOR UPDATE",
                    row -> Jdbc.instant(row, "requested_at"),
                    account.id());
            if (last.isPresent() && last.get().plus(rules.requestInterval()).isAfter(now)) {
                auditLog.record("account.resetThrottled", target(account.id()), "一分钟内重复请求，未发送");
                return null;
            }
            // Several accounts may name one mobile: the codes sent to it in the last hour are capped as well.
            long toMobile = Jdbc.one(
                            c,
                            "SELECT COUNT(*) FROM pub_reset_code r JOIN pub_account a ON a.id = r.account_id"
                                    + " WHERE a.mobile = ? AND r.requested_at > ?",
                            row -> row.getLong(1),
                            account.mobile(),
                            now.minus(java.time.Duration.ofHours(1)))
                    .orElse(0L);
            if (toMobile >= MAX_CODES_PER_MOBILE_HOUR) {
                auditLog.record("account.resetThrottled", target(account.id()), "该手机号一小时内验证码过多，未发送");
                return null;
            }
            Jdbc.update(c, "DELETE FROM pub_reset_code WHERE account_id = ?", account.id());
            Jdbc.update(
                    c,
                    "INSERT INTO pub_reset_code (account_id, code_hash, requested_at, expires_at, attempts)"
                            + " VALUES (?, ?, ?, ?, 0)",
                    account.id(),
                    hash,
                    now,
                    Jdbc.truncate(now.plus(rules.codeValidity())));
            auditLog.record(
                    "account.resetRequested",
                    target(account.id()),
                    "验证码已发往 " + RegistrationCheck.mobileMask(account.mobile()));
            notifications.send(Notification.inApp(
                            PublicAccount.recipientOf(account.id()),
                            cityJurisdiction,
                            "account.resetCode",
                            code,
                            String.valueOf(rules.codeValidity().toMinutes()))
                    .via(Channel.SMS, account.mobile())
                    .masked());
            return null;
        });
    }

    @Override
    public void resetPassword(String loginName, String code, char[] newPassword) {
        Optional<Stored> stored = stored(loginName);
        if (stored.isEmpty()) {
            throw AccountException.of("accounts.error.code");
        }
        Stored account = stored.get();
        Instant now = now();
        // The code is judged (and a wrong one counted) in a transaction of its own, so a refused password that
        // follows cannot undo the count.
        boolean valid = database.transactions().requiresNew(c -> {
            Optional<Object[]> row = Jdbc.one(
                    c,
                    "SELECT code_hash, expires_at, attempts FROM pub_reset_code WHERE account_id = ? FOR UPDATE",
                    r -> new Object[] {r.getString(1), Jdbc.instant(r, "expires_at"), r.getInt(3)},
                    account.id());
            if (row.isEmpty()
                    || !((Instant) row.get()[1]).isAfter(now)
                    || (Integer) row.get()[2] >= rules.codeAttempts()) {
                auditLog.record("account.resetCodeWrong", target(account.id()), "验证码不存在、已过期或已作废");
                return false;
            }
            boolean matches = code != null && passwords.matches(code.strip().toCharArray(), (String) row.get()[0]);
            if (!matches) {
                Jdbc.update(c, "UPDATE pub_reset_code SET attempts = attempts + 1 WHERE account_id = ?", account.id());
                auditLog.record(
                        "account.resetCodeWrong", target(account.id()), "第 " + ((Integer) row.get()[2] + 1) + " 次错误");
            }
            return matches;
        });
        if (!valid) {
            throw AccountException.of("accounts.error.code");
        }
        passwords.refusal(account.identifier(), null, newPassword).ifPresent(refusal -> {
            throw AccountException.of(refusal);
        });
        String hash = passwords.hash(newPassword);
        database.transactions().required(c -> {
            int spent = Jdbc.update(c, "DELETE FROM pub_reset_code WHERE account_id = ?", account.id());
            if (spent == 0) {
                throw AccountException.of("accounts.error.code"); // spent by a concurrent reset meanwhile
            }
            Jdbc.update(
                    c,
                    "UPDATE pub_account SET password_hash = ?, password_changed_at = ? WHERE id = ?",
                    hash,
                    now,
                    account.id());
            SignInLocks.clear(c, account.id());
            Jdbc.update(c, "DELETE FROM pub_api_session WHERE account_id = ?", account.id());
            auditLog.record("account.reset", target(account.id()), "以验证码重设密码");
            notifications.send(Notification.inApp(
                            PublicAccount.recipientOf(account.id()),
                            cityJurisdiction,
                            "account.passwordChanged",
                            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                    .format(now.atZone(java.time.ZoneId.of("Asia/Shanghai"))))
                    .via(Channel.SMS, account.mobile()));
            return null;
        });
    }

    private record Stored(long id, String identifier, String mobile, String hash) {}

    private Optional<Stored> stored(String loginName) {
        if (loginName == null || loginName.isBlank()) {
            return Optional.empty();
        }
        String identifier = loginName.strip().toUpperCase(java.util.Locale.ROOT);
        return database.transactions()
                .read(c -> Jdbc.one(
                        c,
                        "SELECT id, identifier, mobile, password_hash FROM pub_account WHERE identifier = ?",
                        row -> new Stored(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)),
                        identifier));
    }

    private static Optional<PublicAccount> find(java.sql.Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM pub_account WHERE id = ?", JdbcPublicAccounts::account, id);
    }

    private static PublicAccount account(ResultSet row) throws SQLException {
        return new PublicAccount(
                row.getLong("id"),
                ApplicantKind.valueOf(row.getString("kind")),
                row.getString("name"),
                ApplicantKind.display(row.getString("identifier")),
                row.getString("contact_name"),
                RegistrationCheck.mobileMask(row.getString("mobile")),
                Jdbc.instant(row, "created_at"));
    }

    private Instant now() {
        return Jdbc.truncate(clock.instant());
    }

    private static String target(long id) {
        return "account/" + id;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
