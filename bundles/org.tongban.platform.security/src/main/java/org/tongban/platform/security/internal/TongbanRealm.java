package org.tongban.platform.security.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.Permission;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Authenticates against {@code sec_user} (Argon2 hashes) and grants each role permission as a {@link ScopedPermission}
 * at the user's home jurisdiction. Authorisation is read from the database on every check, so a disabled account or a
 * pending password change takes effect at once.
 */
final class TongbanRealm extends AuthorizingRealm {
    private final Accounts accounts;

    TongbanRealm(Accounts accounts, Passwords passwords) {
        this.accounts = accounts;
        setName("tongban");
        PasswordMatcher matcher = new PasswordMatcher();
        matcher.setPasswordService(passwords.service());
        setCredentialsMatcher(matcher);
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        setAuthorizationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        String username = ((UsernamePasswordToken) token).getUsername();
        Accounts.User user = accounts.find(username).orElseThrow(() -> new UnknownAccountException(username));
        return new SimpleAuthenticationInfo(
                new UserPrincipal(user.username(), user.jurisdictionCode()), user.passwordHash(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        UserPrincipal principal = principals.oneByType(UserPrincipal.class);
        if (principal == null) {
            return info;
        }
        Accounts.Grants grants = accounts.grants(principal.username());
        // A token acts for an account whose password nobody uses, such as an interface account: it needs no changed
        // one-time password, only an enabled account.
        boolean viaToken = principals.oneByType(TokenPrincipal.class) != null;
        if ((viaToken ? grants.enabled() : grants.active()) && grants.path() != null) {
            Set<Permission> permissions = new LinkedHashSet<>();
            for (String permission : grants.permissions()) {
                permissions.add(ScopedPermission.of(permission, grants.path()));
            }
            info.setObjectPermissions(permissions);
        }
        return info;
    }
}
