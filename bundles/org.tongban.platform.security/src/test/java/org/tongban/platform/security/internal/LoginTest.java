package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.platform.security.internal.SecurityFixture.CITY;
import static org.tongban.platform.security.internal.SecurityFixture.LIXIA;
import static org.tongban.platform.security.internal.SecurityFixture.PASSWORD;

import java.time.Duration;
import java.util.List;
import org.apache.shiro.subject.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.LoginResult;
import org.tongban.platform.api.security.LoginResult.Outcome;

/** Login outcomes, lockout and its expiry, audit of attempts, logout and idle session expiry. */
@ParameterizedClass
@EnumSource(Backend.class)
class LoginTest {
    private static final String REMOTE = "203.0.113.7";

    @Parameter
    Backend backend;

    private SecurityFixture fx;

    @BeforeEach
    void setUp() {
        fx = new SecurityFixture(backend);
        fx.user("clerk", LIXIA, "clerk");
        fx.user("root", CITY, "admin");
    }

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    private LoginResult login(String username, String password) {
        return fx.authenticator.login(username, password.toCharArray(), REMOTE);
    }

    @Test
    void successReturnsTheShiroSubjectAsSession() {
        LoginResult result = login("clerk", PASSWORD);
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.session()).isInstanceOf(Subject.class);
        fx.authenticator.bind(result.session());
        assertThat(fx.access.currentUser())
                .hasValueSatisfying(u -> assertThat(u.username()).isEqualTo("clerk"));
    }

    @Test
    void usernameIsCaseInsensitive() {
        assertThat(login("  Clerk ", PASSWORD).outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void wrongPasswordAndUnknownUserLookAlike() {
        LoginResult wrong = login("clerk", "Wrong0password");
        LoginResult unknown = login("nobody", "Wrong0password");
        assertThat(wrong.outcome()).isEqualTo(Outcome.BAD_CREDENTIALS);
        assertThat(unknown.outcome()).isEqualTo(Outcome.BAD_CREDENTIALS);
        assertThat(wrong.message()).isEqualTo(unknown.message()).startsWith("用户名或密码错误");
        assertThat(wrong.session()).isNull();
    }

    @Test
    void fiveFailuresLockForFifteenMinutesEvenAgainstTheRightPassword() {
        for (int i = 1; i <= 4; i++) {
            assertThat(login("clerk", "Wrong0password").outcome())
                    .as("attempt " + i)
                    .isEqualTo(Outcome.BAD_CREDENTIALS);
        }
        LoginResult fifth = login("clerk", "Wrong0password");
        assertThat(fifth.outcome()).isEqualTo(Outcome.LOCKED);
        // The lock is not announced: an unknown user gets the very same answer, so the message tells no one which
        // accounts exist.
        assertThat(fifth.message())
                .isEqualTo(login("no.such.user", "Wrong0password").message());
        assertThat(login("clerk", PASSWORD).message())
                .isEqualTo(login("no.such.user", PASSWORD).message())
                .isEqualTo(ShiroAuthenticator.BAD_CREDENTIALS)
                .contains("锁定");

        assertThat(login("clerk", PASSWORD).outcome()).isEqualTo(Outcome.LOCKED);
        fx.clock.advance(Duration.ofMinutes(14));
        assertThat(login("clerk", PASSWORD).outcome()).isEqualTo(Outcome.LOCKED);

        fx.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(login("clerk", PASSWORD).outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        for (int i = 0; i < 4; i++) {
            login("clerk", "Wrong0password");
        }
        assertThat(login("clerk", PASSWORD).outcome()).isEqualTo(Outcome.SUCCESS);
        for (int i = 0; i < 4; i++) {
            assertThat(login("clerk", "Wrong0password").outcome()).isEqualTo(Outcome.BAD_CREDENTIALS);
        }
    }

    @Test
    void attemptsAreAuditedWithTheRemoteAddress() {
        login("clerk", PASSWORD);
        login("clerk", "Wrong0password");
        login("nobody", "Wrong0password");
        fx.db.update(
                "UPDATE sec_login_failure SET locked_until = ? WHERE username = ? AND remote_address = ?",
                java.time.OffsetDateTime.parse("2026-03-02T02:00:00Z"),
                "clerk",
                REMOTE);
        login("clerk", PASSWORD);

        fx.loginAs("root");
        List<AuditEntry> entries = fx.audit.recent(20);
        assertThat(entries)
                .filteredOn(e -> REMOTE.equals(e.remoteAddress()))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("login.locked", "clerk"),
                        org.assertj.core.groups.Tuple.tuple("login.failure", "nobody"),
                        org.assertj.core.groups.Tuple.tuple("login.failure", "clerk"),
                        org.assertj.core.groups.Tuple.tuple("login.success", "clerk"));
    }

    @Test
    void disabledAccountCannotLogIn() {
        fx.db.update("UPDATE sec_user SET enabled = FALSE WHERE username = ?", "clerk");
        LoginResult result = login("clerk", PASSWORD);
        assertThat(result.outcome()).isEqualTo(Outcome.DISABLED);
        assertThat(result.loggedIn()).isFalse();
    }

    @Test
    void aDisabledAccountIsNotRevealedToWhoeverDoesNotKnowItsPassword() {
        fx.db.update("UPDATE sec_user SET enabled = FALSE WHERE username = ?", "clerk");
        LoginResult guess = login("clerk", "Wrong0password");
        assertThat(guess.loggedIn()).isFalse();
        assertThat(guess.message()).isEqualTo(login("nobody", "Wrong0password").message());
    }

    @Test
    void logoutEndsTheSession() {
        Object session = fx.loginAs("clerk");
        fx.authenticator.logout(session);
        assertThat(fx.access.currentUser()).isEmpty();
        fx.authenticator.bind(session);
        assertThat(fx.access.isPermitted("notice:edit", LIXIA)).isFalse();
    }

    @Test
    void idleSessionExpires() throws InterruptedException {
        fx.close();
        fx = new SecurityFixture(backend, null, false, LoginPolicy.DEFAULT.withSessionTimeout(Duration.ofMillis(600)));
        fx.user("clerk", LIXIA, "clerk");
        Object session = fx.loginAs("clerk");
        Thread.sleep(300);
        fx.authenticator.bind(session); // activity keeps it alive
        Thread.sleep(400);
        fx.authenticator.bind(session);
        assertThat(fx.access.isPermitted("notice:edit", LIXIA)).isTrue();

        Thread.sleep(900);
        fx.authenticator.bind(session);
        assertThat(fx.access.currentUser()).isEmpty();
        assertThat(fx.access.isPermitted("notice:edit", LIXIA)).isFalse();
    }
}
