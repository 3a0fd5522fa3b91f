package org.tongban.keyprojects.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.platform.api.ui.ViewContribution;
import org.tongban.platform.ui.DeclaredView;

/** The routes and permissions the host reads: the console's pages need theirs, the owner's page a signed-in account. */
class ContributionsTest {
    @Test
    void consolePagesNeedTheirPermissionAndTheOwnersPageNone() {
        List<ViewContribution> all = List.of(
                DeclaredView.of(ProjectListContribution.class)
                        .contribution(new ProjectListContribution(null, null, null)),
                DeclaredView.of(ProjectContribution.class).contribution(new ProjectContribution(null)),
                DeclaredView.of(ProjectEditContribution.class)
                        .contribution(new ProjectEditContribution(null, null, null, null)),
                DeclaredView.of(MyProjectsContribution.class).contribution(new MyProjectsContribution(null)));
        assertThat(all)
                .extracting(ViewContribution::route)
                .containsExactly("keyprojects", "keyprojects/:id", "keyprojects/edit/:id", "my-projects");
        assertThat(all)
                .extracting(ViewContribution::requiredPermission)
                .containsExactly("keyprojects:read", "keyprojects:read", "keyprojects:edit", "");
    }
}
