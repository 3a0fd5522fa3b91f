package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.FieldDifference;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideVersion;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ui.fixtures.Samples;
import org.tongban.testing.FakeAccessControl;

/** The history lists every version newest first; two ticked versions show their differences field by field. */
class HistoryDialogTest extends ConsoleTestSupport {
    private static final String CODE = "370102-SJJ-XK-001";

    @Test
    @SuppressWarnings("unchecked")
    void twoTickedVersionsShowWhatChangedOlderToNewer() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = new FakeEditing(clerk).with(Samples.foodLicence(), GuideStatus.PUBLISHED);
        Matter m = Samples.foodLicence();
        editing.saveDraft(
                m.toBuilder()
                        .name("食品经营许可（新办、延续）")
                        .limits(m.limits().withPromised(Limit.workingDays(3)))
                        .resultType(null)
                        .resultCertificate(null)
                        .visitReason(null)
                        .inPersonOnly(false)
                        .crossRegionModes(null)
                        .build(),
                "合并延续办理");
        HistoryDialog dialog = new HistoryDialog(editing, CODE);
        Grid<GuideVersion> versions =
                byId(dialog, Grid.class, "catalogue-versions").orElseThrow();
        Grid<FieldDifference> differences =
                byId(dialog, Grid.class, "catalogue-differences").orElseThrow();
        Button compare = byId(dialog, Button.class, "catalogue-compare").orElseThrow();

        assertThat(versions.getListDataView().getItems())
                .extracting(GuideVersion::version, GuideVersion::author, GuideVersion::comment)
                .containsExactly(tuple(2, "lixia.clerk", "合并延续办理"), tuple(1, "system", null));
        assertThat(compare.isEnabled()).isFalse();

        versions.asMultiSelect().select(versions.getListDataView().getItems().toList());
        assertThat(compare.isEnabled()).isTrue();
        compare.click();

        assertThat(differences.isVisible()).isTrue();
        assertThat(differences.getListDataView().getItems())
                .extracting(FieldDifference::field, FieldDifference::before, FieldDifference::after)
                .containsExactly(tuple("事项名称", "食品经营许可（新办）", "食品经营许可（新办、延续）"), tuple("承诺时限", "5 个工作日", "3 个工作日"));
    }
}
