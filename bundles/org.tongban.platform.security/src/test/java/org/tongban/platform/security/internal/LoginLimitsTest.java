package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.platform.security.internal.SecurityFixture.CITY;
import static org.tongban.platform.security.internal.SecurityFixture.LIXIA;
import static org.tongban.platform.security.internal.SecurityFixture.PASSWORD;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.LoginResult;
import org.tongban.platform.api.security.LoginResult.Outcome;

/**
 * The two limits on password guessing: a lock per account and client address (so that one remote attacker cannot lock
 * the owner out) and a cap on failures per address, whatever the accounts.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class LoginLimitsTest {
    private static final String ATTACKER = "198.51.100.66";
    private static final String OWNER = "203.0.113.7";
    private static final String WRONG = "Wrong0password";

    @Parameter
    Backend backend;

    private SecurityFixture fx;

    @BeforeEach
    void setUp() {
        fx = new SecurityFixture(backend);
        fx.user("clerk", LIXIA, "clerk");
        fx.user("lixia.admin", LIXIA, "admin");
        fx.user("root", CITY, "admin");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private LoginResult login(String username, String password, String from) {
        return fx.authenticator.login(username, password.toCharArray(), from);
    }

    @Test
    void failuresFromOneAddressLockTheAccountForThatAddressOnly() {
        for (int i = 1; i <= 5; i++) {
            login("clerk", WRONG, ATTACKER);
        }
        assertThat(login("clerk", PASSWORD, ATTACKER).outcome())
                .as("the attacker's address is locked out even with the right password")
                .isEqualTo(Outcome.LOCKED);

        assertThat(login("clerk", PASSWORD, OWNER).outcome())
                .as("the owner, elsewhere, still logs in")
                .isEqualTo(Outcome.SUCCESS);
        assertThat(login("clerk", PASSWORD, ATTACKER).outcome())
                .as("the owner's login does not lift the attacker's lock")
                .isEqualTo(Outcome.LOCKED);

        fx.loginAs("lixia.admin");
        assertThat(fx.userAdmin.list())
                .filteredOn(a -> a.username().equals("clerk"))
                .singleElement()
                .satisfies(a ->
                        assertThat(a.lockedUntil()).isEqualTo(fx.clock.instant().plus(Duration.ofMinutes(15))));
        fx.userAdmin.unlock("clerk");
        assertThat(login("clerk", PASSWORD, ATTACKER).outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void twentyFailuresFromOneAddressWithinTenMinutesStopItsLoginsWhateverTheAccount() {
        for (int i = 0; i < 20; i++) {
            // four tries each on five names, known and unknown: no account lock is reached
            String name = i % 5 == 0 ? "clerk" : "guess" + (i % 5);
            assertThat(login(name, WRONG, ATTACKER).outcome()).isEqualTo(Outcome.BAD_CREDENTIALS);
            fx.clock.advance(Duration.ofSeconds(20));
        }

        LoginResult known = login("clerk", PASSWORD, ATTACKER);
        LoginResult unknown = login("nobody", PASSWORD, ATTACKER);
        assertThat(known.outcome()).isEqualTo(Outcome.THROTTLED);
        assertThat(known.loggedIn()).isFalse();
        assertThat(known.message())
                .as("the same answer for an account that exists and one that does not")
                .isEqualTo(unknown.message())
                .isEqualTo("此地址登录失败次数过多，请 4 分钟后再试");
        assertThat(known.retryAfter()).isEqualTo(Duration.ofSeconds(200));

        assertThat(login("clerk", PASSWORD, OWNER).outcome())
                .as("other addresses are not affected")
                .isEqualTo(Outcome.SUCCESS);

        fx.clock.advance(Duration.ofMinutes(3).plusSeconds(21)); // the first failure is now ten minutes old
        assertThat(login("clerk", PASSWORD, ATTACKER).outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void theStopIsAuditedOnceNotForEveryRefusedAttempt() {
        for (int i = 0; i < 25; i++) {
            login("guess" + (i % 4), WRONG, ATTACKER);
        }
        fx.loginAs("root");
        assertThat(fx.audit.recent(100))
                .filteredOn(e -> ATTACKER.equals(e.remoteAddress()))
                .extracting(AuditEntry::action)
                .containsOnly("login.failure", "login.throttled")
                .filteredOn("login.throttled"::equals)
                .hasSize(1);
        assertThat(fx.audit.recent(100))
                .filteredOn(e -> ATTACKER.equals(e.remoteAddress()))
                .filteredOn(e -> e.action().equals("login.failure"))
                .hasSize(20);
    }

    @Test
    void theLimitsAreConfiguration() {
        fx.close();
        fx = new SecurityFixture(
                backend,
                null,
                false,
                new LoginPolicy(2, Duration.ofMinutes(1), Duration.ofMinutes(30), 3, Duration.ofMinutes(2)));
        fx.user("clerk", LIXIA, "clerk");

        login("clerk", WRONG, ATTACKER);
        assertThat(login("clerk", WRONG, ATTACKER).outcome()).isEqualTo(Outcome.LOCKED);
        fx.clock.advance(Duration.ofSeconds(61));
        assertThat(login("someone", WRONG, ATTACKER).outcome()).isEqualTo(Outcome.BAD_CREDENTIALS);
        assertThat(login("clerk", PASSWORD, ATTACKER).outcome()).isEqualTo(Outcome.THROTTLED);
        fx.clock.advance(Duration.ofSeconds(60));
        assertThat(login("clerk", PASSWORD, ATTACKER).outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void theDefaultsAreFiveFailuresPerAccountAndAddressAndTwentyPerAddressInTenMinutes() {
        assertThat(LoginPolicy.DEFAULT)
                .isEqualTo(
                        new LoginPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(30), 20, Duration.ofMinutes(10)));
    }
}
