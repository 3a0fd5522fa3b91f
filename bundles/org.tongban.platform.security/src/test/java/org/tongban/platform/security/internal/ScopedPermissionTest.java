package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.shiro.authz.permission.WildcardPermission;
import org.junit.jupiter.api.Test;

class ScopedPermissionTest {
    private static final String CITY = "/370000/370100/";
    private static final String LIXIA = CITY + "370102/";
    private static final String SHIZHONG = CITY + "370103/";

    @Test
    void grantCoversItsSubtreeOnly() {
        ScopedPermission grant = ScopedPermission.of("notice:edit", LIXIA);
        assertThat(grant.implies(ScopedPermission.of("notice:edit", LIXIA))).isTrue();
        assertThat(grant.implies(ScopedPermission.of("notice:edit", LIXIA + "370102001/")))
                .isTrue();
        assertThat(grant.implies(ScopedPermission.of("notice:edit", CITY))).isFalse();
        assertThat(grant.implies(ScopedPermission.of("notice:edit", SHIZHONG))).isFalse();
    }

    @Test
    void codePrefixIsNotASubtree() {
        // 37010 is not an ancestor of 370102: paths end with a slash so prefixes stop at whole codes.
        ScopedPermission grant = ScopedPermission.of("notice:edit", "/370000/370100/37010/");
        assertThat(grant.implies(ScopedPermission.of("notice:edit", LIXIA))).isFalse();
    }

    @Test
    void wildcardsMatchAnyDomainOrAction() {
        assertThat(ScopedPermission.of("*:*", CITY).implies(ScopedPermission.of("user:admin", LIXIA)))
                .isTrue();
        assertThat(ScopedPermission.of("notice:*", CITY).implies(ScopedPermission.of("notice:publish", LIXIA)))
                .isTrue();
        assertThat(ScopedPermission.of("notice:*", CITY).implies(ScopedPermission.of("user:admin", LIXIA)))
                .isFalse();
        assertThat(ScopedPermission.of("notice:edit", CITY).implies(ScopedPermission.of("notice:*", LIXIA)))
                .isFalse();
        assertThat(ScopedPermission.of("notice:edit", CITY).implies(ScopedPermission.of("notice:publish", CITY)))
                .isFalse();
    }

    @Test
    void requestWithoutPathAsksForAnywhere() {
        assertThat(ScopedPermission.of("audit:read", LIXIA).implies(ScopedPermission.of("audit:read", null)))
                .isTrue();
        assertThat(ScopedPermission.of("audit:read", LIXIA).implies(ScopedPermission.of("audit:write", null)))
                .isFalse();
    }

    @Test
    void otherPermissionTypesAreNotImplied() {
        assertThat(ScopedPermission.of("*:*", CITY).implies(new WildcardPermission("notice:edit")))
                .isFalse();
    }

    @Test
    void malformedStringsAreRejected() {
        for (String bad :
                new String[] {null, "", "notice", "notice:", ":edit", "a:b:c", "Notice:edit", "no tice:edit"}) {
            assertThatThrownBy(() -> ScopedPermission.of(bad, CITY))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
