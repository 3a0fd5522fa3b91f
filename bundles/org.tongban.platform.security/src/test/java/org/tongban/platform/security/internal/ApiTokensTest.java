package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.platform.security.internal.SecurityFixture.CITY;
import static org.tongban.platform.security.internal.SecurityFixture.LIXIA;
import static org.tongban.platform.security.internal.SecurityFixture.SHIZHONG;

import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.ApiTokens;

/** API tokens act for their account until they expire or are revoked; issuing them is scoped and audited. */
@ParameterizedClass
@EnumSource(Backend.class)
class ApiTokensTest {

    @Parameter
    Backend backend;

    private SecurityFixture fx;
    private JdbcApiTokens tokens;

    @BeforeEach
    void setUp() {
        fx = new SecurityFixture(backend);
        tokens = new JdbcApiTokens(fx.db, fx.access, fx.audit, fx.clock);
        fx.user("lixia.admin", LIXIA, "admin");
        fx.user("lixia.clerk", LIXIA, "clerk");
        fx.user("shizhong.clerk", SHIZHONG, "clerk");
        fx.user("city.admin", CITY, "admin");
    }

    @AfterEach
    void tearDown() {
        if (tokens != null) {
            tokens.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    /** Binds the token's session as the web layer does for one request. */
    private boolean actsAsClerk(String secret) {
        fx.authenticator.bind(null);
        var session = tokens.authenticate(secret);
        session.ifPresent(fx.authenticator::bind);
        return session.isPresent()
                && fx.access
                        .currentUser()
                        .map(u -> u.username().equals("lixia.clerk"))
                        .orElse(false)
                && fx.access.isPermitted("notice:edit", LIXIA)
                && !fx.access.isPermitted("notice:edit", SHIZHONG);
    }

    @Test
    void aTokenActsWithItsAccountsPermissionsUntilItExpires() {
        fx.loginAs("lixia.admin");
        ApiTokens.Issued issued = tokens.issue("lixia.clerk", "12345 热线系统", Duration.ofDays(30));

        assertThat(issued.secret()).startsWith("tb_").hasSizeGreaterThan(40);
        assertThat(actsAsClerk(issued.secret())).isTrue();
        assertThat(tokens.authenticate(issued.secret() + "x")).isEmpty();
        assertThat(tokens.authenticate("Passw0rd2026")).isEmpty();

        fx.clock.advance(Duration.ofDays(30));
        assertThat(actsAsClerk(issued.secret())).isFalse();
    }

    @Test
    void aRevokedTokenStopsAtOnceAndBothActsAreAudited() throws Exception {
        fx.loginAs("lixia.admin");
        ApiTokens.Issued issued = tokens.issue("lixia.clerk", "移动端", Duration.ofDays(1));
        tokens.revoke(issued.token().id());

        assertThat(actsAsClerk(issued.secret())).isFalse();
        fx.loginAs("lixia.admin");
        assertThat(tokens.list("lixia.clerk")).singleElement().satisfies(t -> assertThat(t.revokedAt())
                .isNotNull());
        assertThat(auditActions()).contains("token.issue", "token.revoke");
        String stored = fx.db.transactions().read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT secret_hash FROM sec_api_token")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(stored).isNotEqualTo(issued.secret()).isEqualTo(JdbcApiTokens.hash(issued.secret()));
    }

    @Test
    void onlyAnAdministratorOfTheAccountsJurisdictionIssuesTokens() {
        fx.loginAs("lixia.admin");
        assertThatThrownBy(() -> tokens.issue("shizhong.clerk", "越权", Duration.ofDays(1)))
                .isInstanceOf(AccessDeniedException.class);
        // An account of the city above is out of a district administrator's reach.
        assertThatThrownBy(() -> tokens.issue("city.admin", "越权", Duration.ofDays(1)))
                .isInstanceOf(AccessDeniedException.class);
        fx.loginAs("lixia.clerk");
        assertThatThrownBy(() -> tokens.issue("lixia.clerk", "自己发", Duration.ofDays(1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void labelAndValidityAreChecked() {
        fx.loginAs("lixia.admin");
        assertThatThrownBy(() -> tokens.issue("lixia.clerk", " ", Duration.ofDays(1)))
                .hasMessageContaining("用途");
        assertThatThrownBy(() -> tokens.issue("lixia.clerk", "热线", Duration.ofDays(400)))
                .hasMessageContaining("有效期");
        assertThatThrownBy(() -> tokens.issue("nobody", "热线", Duration.ofDays(1)))
                .hasMessageContaining("用户不存在");
    }

    @Test
    void aTokenWorksForAnInterfaceAccountWhoseOneTimePasswordWasNeverChangedButNotForADisabledOne() {
        fx.loginAs("lixia.admin");
        fx.db.update("UPDATE sec_user SET must_change_password = TRUE WHERE username = 'lixia.clerk'");
        ApiTokens.Issued issued = tokens.issue("lixia.clerk", "热线接口", Duration.ofDays(1));
        assertThat(actsAsClerk(issued.secret())).isTrue();

        fx.db.update("UPDATE sec_user SET enabled = FALSE WHERE username = 'lixia.clerk'");
        assertThat(actsAsClerk(issued.secret())).isFalse();
    }

    private List<String> auditActions() {
        return fx.db.transactions().read(c -> {
            List<String> actions = new java.util.ArrayList<>();
            try (ResultSet rs = c.createStatement()
                    .executeQuery("SELECT action FROM sec_audit_pending UNION ALL SELECT action FROM sec_audit_log")) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
            return actions;
        });
    }
}
