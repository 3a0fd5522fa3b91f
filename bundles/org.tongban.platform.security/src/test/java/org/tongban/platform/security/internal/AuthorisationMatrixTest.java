package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.platform.security.internal.SecurityFixture.CITY;
import static org.tongban.platform.security.internal.SecurityFixture.JIEFANGLU;
import static org.tongban.platform.security.internal.SecurityFixture.LIXIA;
import static org.tongban.platform.security.internal.SecurityFixture.SHIZHONG;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.platform.api.security.AccessDeniedException;

/** Who may do what where: users at 济南市, 历下区 and 市中区 with their roles, asserted cell by cell. */
@ParameterizedClass
@EnumSource(Backend.class)
class AuthorisationMatrixTest {
    private static final String UNKNOWN = "370199";
    private static final List<String> TARGETS = List.of(CITY, LIXIA, JIEFANGLU, SHIZHONG, UNKNOWN);

    // Columns: 济南市 370100, 历下区 370102, 解放路街道 370102001, 市中区 370103, unknown 370199, then "anywhere".
    private static final String MATRIX =
            """
            city.admin     notice:edit  Y Y Y Y N  Y
            city.admin     user:admin   Y Y Y Y N  Y
            city.admin     audit:read   Y Y Y Y N  Y
            city.clerk     notice:edit  Y Y Y Y N  Y
            city.clerk     user:admin   N N N N N  N
            city.clerk     audit:read   N N N N N  N
            city.auditor   notice:edit  N N N N N  N
            city.auditor   user:admin   N N N N N  N
            city.auditor   audit:read   Y Y Y Y N  Y
            lixia.admin    notice:edit  N Y Y N N  Y
            lixia.admin    user:admin   N Y Y N N  Y
            lixia.admin    audit:read   N Y Y N N  Y
            lixia.clerk    notice:edit  N Y Y N N  Y
            lixia.clerk    user:admin   N N N N N  N
            lixia.clerk    audit:read   N N N N N  N
            shizhong.edit  notice:edit  N N N Y N  Y
            shizhong.edit  user:admin   N N N N N  N
            shizhong.edit  audit:read   N N N N N  N
            """;

    @Parameter
    Backend backend;

    private SecurityFixture fx;

    @BeforeEach
    void setUp() {
        fx = new SecurityFixture(backend);
        fx.user("city.admin", CITY, "admin");
        fx.user("city.clerk", CITY, "clerk");
        fx.user("city.auditor", CITY, "auditor");
        fx.user("lixia.admin", LIXIA, "admin");
        fx.user("lixia.clerk", LIXIA, "clerk");
        fx.user("shizhong.edit", SHIZHONG, "catalogue-editor");
    }

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void matrix() {
        SoftAssertions softly = new SoftAssertions();
        String loggedIn = null;
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            String user = cells[0];
            String permission = cells[1];
            if (!user.equals(loggedIn)) {
                fx.loginAs(user);
                loggedIn = user;
            }
            for (int i = 0; i < TARGETS.size(); i++) {
                String target = TARGETS.get(i);
                boolean expected = cells[2 + i].equals("Y");
                String cell = user + " " + permission + " @ " + target;
                softly.assertThat(fx.access.isPermitted(permission, target))
                        .as(cell)
                        .isEqualTo(expected);
                softly.assertThat(checkAllows(permission, target))
                        .as("check " + cell)
                        .isEqualTo(expected);
            }
            softly.assertThat(fx.access.isPermitted(permission))
                    .as(user + " " + permission + " anywhere")
                    .isEqualTo(cells[7].equals("Y"));
        }
        softly.assertAll();
    }

    private boolean checkAllows(String permission, String target) {
        try {
            fx.access.check(permission, target);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    @Test
    void unknownJurisdictionIsAClearDenial() {
        fx.loginAs("city.admin");
        assertThatThrownBy(() -> fx.access.check("notice:edit", UNKNOWN))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("未知的行政区划代码：370199");
        assertThatThrownBy(() -> fx.access.check("notice:edit", "not-a-code"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("未知的行政区划代码");
        assertThat(fx.access.isPermitted("notice:edit", null)).isFalse();
    }

    @Test
    void denialIsAuditedWithTheActor() {
        fx.loginAs("lixia.clerk");
        assertThatThrownBy(() -> fx.access.check("notice:edit", SHIZHONG))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("notice:edit");
        fx.loginAs("city.admin");
        assertThat(fx.audit.recent(10)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("access.denied");
            assertThat(e.actor()).isEqualTo("lixia.clerk");
            assertThat(e.jurisdictionCode()).isEqualTo(LIXIA);
            assertThat(e.target()).isEqualTo("notice:edit @ " + SHIZHONG);
        });
    }

    @Test
    void nobodyBoundMeansNothingGranted() {
        fx.authenticator.bind(null);
        assertThat(fx.access.currentUser()).isEmpty();
        assertThat(fx.access.isPermitted("notice:edit", CITY)).isFalse();
        assertThat(fx.access.isPermitted("notice:edit")).isFalse();
        assertThatThrownBy(() -> fx.access.check("notice:edit")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void currentUserCarriesHomeAndRoles() {
        fx.loginAs("shizhong.edit");
        assertThat(fx.access.currentUser()).hasValueSatisfying(u -> {
            assertThat(u.username()).isEqualTo("shizhong.edit");
            assertThat(u.jurisdictionCode()).isEqualTo(SHIZHONG);
            assertThat(u.roles()).containsExactly("catalogue-editor");
        });
    }

    @Test
    void disablingAnAccountTakesEffectInItsOpenSession() {
        fx.loginAs("city.clerk");
        assertThat(fx.access.isPermitted("notice:edit", CITY)).isTrue();
        fx.db.update("UPDATE sec_user SET enabled = FALSE WHERE username = ?", "city.clerk");
        assertThat(fx.access.isPermitted("notice:edit", CITY)).isFalse();
    }

    @Test
    void malformedPermissionIsAProgrammingError() {
        fx.loginAs("city.admin");
        assertThatThrownBy(() -> fx.access.isPermitted("notice", CITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fx.access.check("a:b:c")).isInstanceOf(IllegalArgumentException.class);
    }
}
