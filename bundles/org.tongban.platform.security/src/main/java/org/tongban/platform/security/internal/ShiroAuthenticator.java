package org.tongban.platform.security.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.session.InvalidSessionException;
import org.apache.shiro.session.Session;
import org.apache.shiro.session.mgt.DefaultSessionManager;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;
import org.tongban.platform.api.security.LoginResult.Outcome;
import org.tongban.platform.api.security.PasswordRefusal;

/**
 * Logs in through a Shiro security manager over {@link TongbanRealm}, with idle session expiry and two limits on
 * guessing: failures per client address ({@link LoginThrottle}) and a lock per account and address
 * ({@link LoginLocks}), so that no single remote attacker can lock an account for its owner. The address is what the
 * web layer gives: the client's, or behind a trusted reverse proxy the forwarded one. The session object handed out
 * is the Shiro {@link Subject}.
 */
@Component(service = Authenticator.class, configurationPid = ShiroAuthenticator.PID)
@Designate(ocd = LoginConfig.class)
public class ShiroAuthenticator implements Authenticator, AutoCloseable {
    static final String PID = "org.tongban.platform.security.login";
    private static final Logger LOG = LoggerFactory.getLogger(ShiroAuthenticator.class);
    /**
     * The one answer to every refused login, whether the user is unknown, the password wrong or the account locked, so
     * that the answer does not tell which accounts exist. It mentions the lock so that a locked-out clerk knows why.
     */
    static final String BAD_CREDENTIALS = "用户名或密码错误。连续多次登录失败的账户将被暂时锁定，请稍后再试或联系管理员";

    private final Accounts accounts;
    private final LoginLocks locks;
    private final LoginThrottle throttle;
    private final Passwords passwords = new Passwords();
    private final AuditChain audit;
    private final SecuritySettings settings;
    private final LoginPolicy policy;
    private final DefaultSecurityManager securityManager;
    // Compared against when the username is unknown, so that the answer takes as long as for a known one.
    private volatile String decoyHash;

    @Activate
    public ShiroAuthenticator(@Reference Database database, BundleContext context, LoginConfig config) {
        this(database, SecuritySettings.from(context), LoginPolicy.of(config));
    }

    public ShiroAuthenticator(Database database, SecuritySettings settings, LoginPolicy policy) {
        this.accounts = new Accounts(database.transactions());
        this.locks = new LoginLocks(database.transactions());
        this.throttle = new LoginThrottle(policy.addressMaxFailures(), policy.addressWindow(), settings.clock());
        this.audit = new AuditChain(database.transactions(), settings.clock());
        this.settings = settings;
        this.policy = policy;
        DefaultSessionManager sessions = new DefaultSessionManager();
        sessions.setGlobalSessionTimeout(policy.sessionTimeout().toMillis());
        this.securityManager = new DefaultSecurityManager(new TongbanRealm(accounts, passwords));
        securityManager.setSessionManager(sessions);
    }

    @Deactivate
    @Override
    public void close() {
        securityManager.destroy();
    }

    @Override
    public LoginResult login(String username, char[] password, String remoteAddress) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        Duration refused = throttle.refusedFor(remoteAddress);
        if (refused.isPositive()) {
            return new LoginResult(Outcome.THROTTLED, null, throttledMessage(refused), refused);
        }
        Optional<Accounts.User> found = name.isEmpty() ? Optional.empty() : accounts.find(name);
        if (found.isEmpty() || password == null) {
            passwords.matches(password == null ? new char[0] : password, decoyHash());
            audit(name, null, "login.failure", "未知用户或密码为空", remoteAddress);
            return addressFailed(name, remoteAddress, Outcome.BAD_CREDENTIALS);
        }
        Accounts.User user = found.get();
        Instant now = settings.clock().instant();
        Instant lockedUntil = locks.lockedUntil(name, remoteAddress);
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            // Hashed all the same, so that a locked account answers as slowly as any other.
            passwords.matches(password, user.passwordHash());
            audit(name, user.jurisdictionCode(), "login.locked", "账户对此地址锁定期间尝试登录", remoteAddress);
            return addressFailed(name, remoteAddress, Outcome.LOCKED);
        }
        if (!user.enabled()) {
            // Only who knows the password learns that the account is disabled.
            if (!passwords.matches(password, user.passwordHash())) {
                audit(name, user.jurisdictionCode(), "login.failure", "账户已停用，密码错误", remoteAddress);
                return addressFailed(name, remoteAddress, Outcome.BAD_CREDENTIALS);
            }
            audit(name, user.jurisdictionCode(), "login.failure", "账户已停用", remoteAddress);
            return failed(Outcome.DISABLED, "账户已停用，请联系管理员");
        }
        Subject subject =
                new Subject.Builder(securityManager).host(remoteAddress).buildSubject();
        try {
            Passwords.withShiroClassLoader(() -> {
                subject.login(new UsernamePasswordToken(name, password, remoteAddress));
                return null;
            });
        } catch (AuthenticationException e) {
            audit(name, user.jurisdictionCode(), "login.failure", "密码错误", remoteAddress);
            Optional<Instant> lock = locks.recordFailure(
                    name, remoteAddress, policy.maxFailedAttempts(), now.plus(policy.lockDuration()));
            if (lock.isPresent()) {
                audit(name, user.jurisdictionCode(), "login.locked", "自此地址连续登录失败，对此地址锁定至 " + lock.get(), remoteAddress);
                return addressFailed(name, remoteAddress, Outcome.LOCKED);
            }
            return addressFailed(name, remoteAddress, Outcome.BAD_CREDENTIALS);
        }
        locks.succeeded(name, remoteAddress);
        audit(name, user.jurisdictionCode(), "login.success", null, remoteAddress);
        return user.mustChangePassword()
                ? new LoginResult(Outcome.PASSWORD_CHANGE_REQUIRED, subject, "当前密码为一次性密码，请先修改密码")
                : new LoginResult(Outcome.SUCCESS, subject, "登录成功");
    }

    @Override
    public void bind(Object session) {
        if (session instanceof Subject subject && CurrentSubject.isAlive(subject, true)) {
            ThreadContext.bind(subject);
        } else {
            ThreadContext.unbindSubject();
        }
    }

    @Override
    public void logout(Object session) {
        if (!(session instanceof Subject subject)) {
            return;
        }
        CurrentSubject.principalOf(subject)
                .ifPresent(p -> audit(p.username(), p.jurisdictionCode(), "logout", null, remoteOf(subject)));
        try {
            subject.logout();
        } catch (InvalidSessionException e) {
            // Already expired: nothing left to end.
        }
        if (ThreadContext.getSubject() == subject) {
            ThreadContext.unbindSubject();
        }
    }

    /** The refusal in the platform's default language, zh-CN, for callers of the old method. */
    @Deprecated
    @Override
    public String changePassword(char[] oldPassword, char[] newPassword) {
        return changeOwnPassword(oldPassword, newPassword)
                .map(refusal -> refusal.message(Locale.SIMPLIFIED_CHINESE))
                .orElse(null);
    }

    @Override
    public Optional<PasswordRefusal> changeOwnPassword(char[] oldPassword, char[] newPassword) {
        Optional<UserPrincipal> principal = CurrentSubject.get().flatMap(CurrentSubject::principalOf);
        if (principal.isEmpty()) {
            return Optional.of(PasswordRefusal.of(PasswordRefusal.NOT_LOGGED_IN));
        }
        String name = principal.get().username();
        Optional<Accounts.User> user = accounts.find(name);
        if (user.isEmpty()) {
            return Optional.of(PasswordRefusal.of(PasswordRefusal.UNKNOWN_ACCOUNT));
        }
        String remote = AuditLog.remoteAddress();
        if (oldPassword == null || !passwords.matches(oldPassword, user.get().passwordHash())) {
            audit(name, user.get().jurisdictionCode(), "password.change.failure", "原密码不正确", remote);
            return Optional.of(PasswordRefusal.of(PasswordRefusal.WRONG_CURRENT));
        }
        PasswordRefusal violation = Passwords.policyViolation(name, oldPassword, newPassword);
        if (violation != null) {
            return Optional.of(violation);
        }
        accounts.setPassword(name, passwords.hash(newPassword), false);
        audit(name, user.get().jurisdictionCode(), "password.change", null, remote);
        if (InitialAccounts.ADMIN.equals(name)) {
            deleteInitialPasswordFile();
        }
        return Optional.empty();
    }

    private void deleteInitialPasswordFile() {
        if (settings.home() == null) {
            return;
        }
        Path file = settings.home().resolve(InitialAccounts.PASSWORD_FILE);
        try {
            if (Files.deleteIfExists(file)) {
                LOG.info("Initial administrator password changed; {} deleted", file);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    private static String remoteOf(Subject subject) {
        String remote = AuditLog.remoteAddress();
        if (remote != null) {
            return remote;
        }
        try {
            Session session = subject.getSession(false);
            return session == null ? null : session.getHost();
        } catch (InvalidSessionException e) {
            return null;
        }
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = passwords.hash(Passwords.generate());
            decoyHash = hash;
        }
        return hash;
    }

    /**
     * Counts the failure against the client's address; the failure that reaches the limit is audited once (the
     * refusals that follow are not, so that a flood of guesses does not become a flood of audit entries).
     */
    private LoginResult addressFailed(String name, String remoteAddress, Outcome outcome) {
        if (throttle.failed(remoteAddress)) {
            audit(
                    name,
                    null,
                    "login.throttled",
                    "此地址 " + policy.addressWindow().toMinutes() + " 分钟内登录失败 " + policy.addressMaxFailures()
                            + " 次，暂停其登录",
                    remoteAddress);
        }
        return failed(outcome, BAD_CREDENTIALS);
    }

    /** The same for every account, known or not, so it does not tell which exist. */
    static String throttledMessage(Duration refused) {
        long minutes = Math.max(1, (refused.toSeconds() + 59) / 60);
        return "此地址登录失败次数过多，请 " + minutes + " 分钟后再试";
    }

    private static LoginResult failed(Outcome outcome, String message) {
        return new LoginResult(outcome, null, message);
    }

    private void audit(String actor, String jurisdiction, String action, String detail, String remote) {
        audit.recordIndependently(actor.isEmpty() ? "(空)" : actor, jurisdiction, action, actor, detail, remote);
    }
}
