package org.tongban.platform.security.internal;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.AuditLog;
import org.tongban.platform.api.security.CurrentUser;
import org.tongban.platform.api.security.UserAccount;
import org.tongban.platform.api.security.UserAdmin;

/**
 * Account administration. Every method checks {@code user:admin} for the jurisdiction it touches; an administrator
 * may only hand out roles whose permissions they hold there themselves.
 */
@Component(service = UserAdmin.class)
public class JdbcUserAdmin implements UserAdmin {
    static final String PERMISSION = "user:admin";
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");
    static final int MAX_DISPLAY_NAME = 100;

    private final Accounts accounts;
    private final LoginLocks locks;
    private final JdbcJurisdictions jurisdictions;
    private final Passwords passwords = new Passwords();
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public JdbcUserAdmin(@Reference Database database, @Reference AccessControl access, @Reference AuditLog audit) {
        this(database, access, audit, Clock.systemUTC());
    }

    public JdbcUserAdmin(Database database, AccessControl access, AuditLog audit, Clock clock) {
        this.accounts = new Accounts(database.transactions());
        this.locks = new LoginLocks(database.transactions());
        this.jurisdictions = new JdbcJurisdictions(database);
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<UserAccount> list() {
        CurrentUser me = access.currentUser().orElseThrow(() -> new AccessDeniedException(PERMISSION, null));
        access.check(PERMISSION, me.jurisdictionCode());
        return accounts.listUnder(jurisdictions.path(me.jurisdictionCode()).orElseThrow());
    }

    @Override
    public String create(String username, String displayName, String jurisdictionCode, List<String> roles) {
        access.check(PERMISSION, jurisdictionCode);
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("用户名须为 3 至 32 个字符，只能包含小写字母、数字、点、下划线和连字符");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > MAX_DISPLAY_NAME) {
            throw new IllegalArgumentException("姓名不能为空，且不超过 " + MAX_DISPLAY_NAME + " 个字符");
        }
        List<String> granted = roles == null ? List.of() : List.copyOf(roles);
        List<String> known = accounts.roleNames();
        for (String role : granted) {
            if (!known.contains(role)) {
                throw new IllegalArgumentException("角色不存在：" + role);
            }
            for (String permission : accounts.permissions(role)) {
                // No escalation: only roles whose permissions the administrator holds at that jurisdiction.
                access.check(permission, jurisdictionCode);
            }
        }
        if (accounts.find(username).isPresent()) {
            throw new IllegalArgumentException("用户名已存在：" + username);
        }
        char[] password = Passwords.generate();
        accounts.create(
                username,
                displayName.strip(),
                jurisdictionCode,
                passwords.hash(password),
                true,
                granted.stream().distinct().toList(),
                clock.instant());
        audit.record("user.create", username, "jurisdiction=" + jurisdictionCode + ", roles=" + granted);
        return new String(password);
    }

    @Override
    public void unlock(String username) {
        access.check(PERMISSION);
        Accounts.User user =
                accounts.find(username).orElseThrow(() -> new IllegalArgumentException("用户不存在：" + username));
        access.check(PERMISSION, user.jurisdictionCode());
        locks.unlock(username);
        audit.record("user.unlock", username, null);
    }

    @Override
    public List<String> roles() {
        access.check(PERMISSION);
        return accounts.roleNames();
    }

    @Override
    public java.util.Map<String, String> roleTitles() {
        access.check(PERMISSION);
        return accounts.roleTitles();
    }
}
