package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.platform.security.internal.SecurityFixture.CITY;
import static org.tongban.platform.security.internal.SecurityFixture.JIEFANGLU;
import static org.tongban.platform.security.internal.SecurityFixture.LIXIA;
import static org.tongban.platform.security.internal.SecurityFixture.SHIZHONG;

import org.apache.shiro.util.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.StaffMember;

/**
 * The staff directory lists whom a permission reaches at a jurisdiction exactly as the realm grants it: a home at or
 * above the jurisdiction, a role that implies the permission, an enabled account.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class StaffDirectoryTest {

    @Parameter
    Backend backend;

    private SecurityFixture fx;
    private JdbcStaffDirectory staff;

    @BeforeEach
    void setUp() {
        fx = new SecurityFixture(backend);
        fx.user("city.admin", CITY, "admin");
        fx.user("city.clerk", CITY, "clerk");
        fx.user("lixia.clerk", LIXIA, "clerk");
        fx.user("lixia.auditor", LIXIA, "auditor");
        fx.user("jfl.clerk", JIEFANGLU, "clerk");
        fx.user("shizhong.clerk", SHIZHONG, "clerk");
        fx.user("lixia.gone", LIXIA, "clerk");
        fx.db.update("UPDATE sec_user SET enabled = FALSE WHERE username = 'lixia.gone'");
        staff = new JdbcStaffDirectory(fx.db, fx.access);
    }

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void aPermissionAtADistrictReachesItsOwnClerksAndTheCitysButNoNeighbourOrStreet() {
        fx.loginAs("lixia.auditor");

        assertThat(staff.holding("notice:edit", LIXIA))
                .extracting(StaffMember::username)
                .containsExactlyInAnyOrder("city.admin", "city.clerk", "lixia.clerk");
        assertThat(staff.holding("notice:edit", JIEFANGLU))
                .extracting(StaffMember::username)
                .contains("jfl.clerk", "lixia.clerk");
        assertThat(staff.holding("audit:read", SHIZHONG))
                .extracting(StaffMember::username)
                .containsExactly("city.admin");
        assertThat(staff.holding("notice:edit", LIXIA).getFirst().jurisdictionCode())
                .isIn(CITY, LIXIA);
    }

    @Test
    void holdsAnswersForOneAccountTheSameWay() {
        fx.loginAs("lixia.clerk");

        assertThat(staff.holds("lixia.clerk", "notice:edit", JIEFANGLU)).isTrue();
        assertThat(staff.holds("jfl.clerk", "notice:edit", LIXIA))
                .as("a street clerk has no grant above")
                .isFalse();
        assertThat(staff.holds("shizhong.clerk", "notice:edit", LIXIA)).isFalse();
        assertThat(staff.holds("lixia.gone", "notice:edit", LIXIA))
                .as("disabled")
                .isFalse();
        assertThat(staff.holds("lixia.auditor", "notice:edit", LIXIA))
                .as("no such role grant")
                .isFalse();
        assertThat(staff.holds("nobody", "notice:edit", LIXIA)).isFalse();
        assertThat(staff.holds(null, "notice:edit", LIXIA)).isFalse();
    }

    @Test
    void onlySignedInUsersAskAndBadInputGetsNothing() {
        ThreadContext.remove();
        assertThatThrownBy(() -> staff.holding("notice:edit", LIXIA)).isInstanceOf(AccessDeniedException.class);

        fx.loginAs("lixia.clerk");
        assertThat(staff.holding("notice:edit", "370199")).isEmpty();
        assertThat(staff.holding("notice:edit", "' OR 1=1 --")).isEmpty();
        assertThatThrownBy(() -> staff.holding("notice", LIXIA)).isInstanceOf(IllegalArgumentException.class);
    }
}
