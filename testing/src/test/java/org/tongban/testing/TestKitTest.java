package org.tongban.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.security.AccessDeniedException;
import org.tongban.platform.api.security.CurrentUser;

/** The kit's own promises: the seed is there, grants are scoped, denials and actors are recorded. */
class TestKitTest {

    @Test
    void jinansSeedIsOnTheClassPathWithTheCityAndItsDistricts() {
        JurisdictionTree jinan = SeedJurisdictions.jinan();

        assertThat(jinan.get(Jinan.JINAN).name()).isEqualTo("济南市");
        assertThat(jinan.children(Jinan.JINAN)).hasSize(12);
        assertThat(jinan.seenFrom(Jinan.JIEFANGLU))
                .containsExactly(Jinan.SHANDONG, Jinan.JINAN, Jinan.LIXIA, Jinan.JIEFANGLU);
    }

    @Test
    void aGrantCoversItsSubtreeNeverTheParentOrSiblings() {
        FakeAccessControl access = new FakeAccessControl(new TestJurisdictions()).actAs("lixia", Jinan.LIXIA, "x:edit");

        assertThat(access.isPermitted("x:edit", Jinan.COMMUNITY)).isTrue();
        assertThat(access.isPermitted("x:edit", Jinan.JINAN)).isFalse();
        assertThat(access.isPermitted("x:edit", Jinan.SHIZHONG)).isFalse();
        assertThat(access.isPermitted("x:edit", null)).isFalse();
        assertThat(access.isPermitted("x:read")).isFalse();
        access.logOut();
        assertThat(access.isPermitted("x:edit")).isFalse();
        assertThat(access.currentUser()).isEmpty();
    }

    @Test
    void everythingAtHomeEverywhereForOneAndDenialsAreAudited() {
        RecordingAuditLog audit = new RecordingAuditLog();
        FakeAccessControl access = new FakeAccessControl(new TestJurisdictions()).auditingDenialsTo(audit);
        audit.actorsFrom(access);

        access.actAs(new CurrentUser("clerk", "窗口人员", Jinan.LIXIA, Set.of("clerk")))
                .grantEverything();
        assertThat(access.isPermitted("any:thing", Jinan.JIEFANGLU)).isTrue();
        assertThatThrownBy(() -> access.check("any:thing", Jinan.JINAN)).isInstanceOf(AccessDeniedException.class);

        access.revokeAll().grantEverywhere("bundle:admin");
        assertThat(access.isPermitted("bundle:admin", null)).isTrue();
        assertThat(audit.entries())
                .containsExactly(
                        new RecordingAuditLog.Recorded("access.denied", "any:thing @ " + Jinan.JINAN, null, "clerk"));
    }

    @Test
    void aThreadBoundUserIsNotSeenByAnotherThread() throws Exception {
        FakeAccessControl access =
                FakeAccessControl.threadBound(new TestJurisdictions()).actAs("city", Jinan.JINAN, "x:read");
        boolean[] seen = {true};
        Thread other = new Thread(() -> seen[0] = access.currentUser().isPresent());
        other.start();
        other.join();

        assertThat(seen[0]).isFalse();
        assertThat(access.currentUser()).isPresent();
    }
}
