package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.platform.security.internal.SecurityFixture.CITY;
import static org.tongban.platform.security.internal.SecurityFixture.JIEFANGLU;
import static org.tongban.platform.security.internal.SecurityFixture.LIXIA;
import static org.tongban.platform.security.internal.SecurityFixture.SHIZHONG;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.AuditEntry;
import org.tongban.platform.api.security.LoginResult.Outcome;
import org.tongban.platform.api.security.UserAccount;

/** Account administration is scoped by {@code user:admin} and audited. */
@ParameterizedClass
@EnumSource(Backend.class)
class UserAdminTest {

    @Parameter
    Backend backend;

    private SecurityFixture fx;

    @BeforeEach
    void setUp() {
        fx = new SecurityFixture(backend);
        fx.user("city.admin", CITY, "admin");
        fx.user("lixia.admin", LIXIA, "admin");
        fx.user("lixia.clerk", LIXIA, "clerk");
        fx.user("shizhong.clerk", SHIZHONG, "clerk");
    }

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void createReturnsAOneTimePassword() {
        fx.loginAs("lixia.admin");
        String password = fx.userAdmin.create("jfl.clerk", "解放路窗口", JIEFANGLU, List.of("clerk"));

        assertThat(password).hasSize(16);
        assertThat(Passwords.policyViolation(null, null, password.toCharArray()))
                .isNull();
        assertThat(fx.authenticator
                        .login("jfl.clerk", password.toCharArray(), null)
                        .outcome())
                .isEqualTo(Outcome.PASSWORD_CHANGE_REQUIRED);
        fx.loginAs("city.admin");
        assertThat(fx.audit.recent(10))
                .filteredOn(e -> e.action().equals("user.create"))
                .extracting(AuditEntry::actor, AuditEntry::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lixia.admin", "jfl.clerk"));
    }

    @Test
    void createIsScopedToTheAdministratorsSubtree() {
        fx.loginAs("lixia.admin");
        assertThatThrownBy(() -> fx.userAdmin.create("sz.clerk", "市中", SHIZHONG, List.of("clerk")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.userAdmin.create("city.clerk2", "市级", CITY, List.of("clerk")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.userAdmin.create("x.clerk", "未知", "370199", List.of("clerk")))
                .isInstanceOf(UnknownJurisdictionException.class)
                .hasMessageContaining("未知的行政区划代码");
        fx.loginAs("lixia.clerk");
        assertThatThrownBy(() -> fx.userAdmin.create("lx.clerk2", "历下", LIXIA, List.of("clerk")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fx.accounts.find("sz.clerk")).isEmpty();
    }

    @Test
    void invalidInputIsRejectedInChinese() {
        fx.loginAs("city.admin");
        for (String bad : new String[] {"ab", "Upper", "has space", "a".repeat(33), "中文名", null}) {
            assertThatThrownBy(() -> fx.userAdmin.create(bad, "x", LIXIA, List.of("clerk")))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("用户名");
        }
        assertThatThrownBy(() -> fx.userAdmin.create("good.name", "x", LIXIA, List.of("mayor")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("角色不存在：mayor");
        assertThatThrownBy(() -> fx.userAdmin.create("lixia.clerk", "x", LIXIA, List.of("clerk")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("已存在");
        assertThatThrownBy(() -> fx.userAdmin.create("good.name", " ", LIXIA, List.of("clerk")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("姓名");
    }

    @Test
    void noRoleBeyondTheAdministratorsOwnPermissions() {
        fx.db.update("INSERT INTO sec_role (name, title) VALUES ('user-admin', '账户管理员')");
        fx.db.update("INSERT INTO sec_role_permission (role_name, permission) VALUES ('user-admin', 'user:admin')");
        fx.user("lixia.useradmin", LIXIA, "user-admin");
        fx.loginAs("lixia.useradmin");
        assertThatThrownBy(() -> fx.userAdmin.create("lx.auditor", "审计", LIXIA, List.of("auditor")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("audit:read");
        assertThat(fx.userAdmin.create("lx.ua", "账户", LIXIA, List.of("user-admin")))
                .isNotBlank();
    }

    @Test
    void listShowsTheSubtreeOnly() {
        fx.loginAs("lixia.admin");
        assertThat(fx.userAdmin.list()).extracting(UserAccount::username).containsExactly("lixia.admin", "lixia.clerk");
        fx.loginAs("city.admin");
        assertThat(fx.userAdmin.list())
                .extracting(UserAccount::username)
                .containsExactly("city.admin", "lixia.admin", "lixia.clerk", "shizhong.clerk");
        assertThat(fx.userAdmin.list())
                .filteredOn(a -> a.username().equals("lixia.clerk"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.roles()).containsExactly("clerk");
                    assertThat(a.jurisdictionCode()).isEqualTo(LIXIA);
                    assertThat(a.mustChangePassword()).isFalse();
                });
        fx.loginAs("shizhong.clerk");
        assertThatThrownBy(() -> fx.userAdmin.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unlockEndsALockout() {
        for (int i = 0; i < 5; i++) {
            fx.authenticator.login("lixia.clerk", "Wrong0password".toCharArray(), null);
        }
        assertThat(fx.authenticator
                        .login("lixia.clerk", SecurityFixture.PASSWORD.toCharArray(), null)
                        .outcome())
                .isEqualTo(Outcome.LOCKED);

        fx.loginAs("shizhong.clerk");
        assertThatThrownBy(() -> fx.userAdmin.unlock("lixia.clerk")).isInstanceOf(AccessDeniedException.class);
        fx.loginAs("lixia.admin");
        assertThat(fx.userAdmin.list())
                .filteredOn(a -> a.username().equals("lixia.clerk"))
                .singleElement()
                .satisfies(a -> assertThat(a.lockedUntil()).isNotNull());
        fx.userAdmin.unlock("lixia.clerk");
        assertThatThrownBy(() -> fx.userAdmin.unlock("nobody"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("用户不存在");

        assertThat(fx.authenticator
                        .login("lixia.clerk", SecurityFixture.PASSWORD.toCharArray(), null)
                        .outcome())
                .isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void rolesNeedUserAdmin() {
        fx.loginAs("lixia.admin");
        assertThat(fx.userAdmin.roles())
                .containsExactly("admin", "auditor", "catalogue-editor", "catalogue-publisher", "clerk");
        assertThat(fx.userAdmin.roleTitles())
                .containsEntry("admin", "系统管理员")
                .containsEntry("catalogue-editor", "事项编辑")
                .hasSize(5);
        fx.loginAs("lixia.clerk");
        assertThatThrownBy(() -> fx.userAdmin.roles()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.userAdmin.roleTitles()).isInstanceOf(AccessDeniedException.class);
    }
}
