package org.tongban.platform.security.internal;

import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.tongban.platform.api.security.PasswordHashing;
import org.tongban.platform.api.security.PasswordRefusal;

/** Staff accounts' hashing and password policy, offered to the bundles that keep accounts of their own. */
@Component(service = PasswordHashing.class)
public final class ArgonPasswordHashing implements PasswordHashing {
    private final Passwords passwords = new Passwords();

    @Override
    public String hash(char[] password) {
        return passwords.hash(password);
    }

    @Override
    public boolean matches(char[] password, String hash) {
        return hash != null && passwords.matches(password, hash);
    }

    @Override
    public Optional<PasswordRefusal> refusal(String loginName, char[] current, char[] proposed) {
        return Optional.ofNullable(Passwords.policyViolation(loginName, current, proposed));
    }
}
