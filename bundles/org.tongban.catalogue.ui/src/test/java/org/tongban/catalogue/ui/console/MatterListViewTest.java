package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideSummary;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.ui.fixtures.Samples;
import org.tongban.testing.FakeAccessControl;

/** The list of matters: the clerk's subtree, filtered by status and text, with actions by permission. */
class MatterListViewTest extends ConsoleTestSupport {

    private static Matter matter(String code, String jurisdiction, String name) {
        Matter m = Samples.foodLicence();
        return m.toBuilder()
                .code(code)
                .name(name)
                .jurisdictionCode(jurisdiction)
                .resultType(null)
                .resultCertificate(null)
                .visitReason(null)
                .inPersonOnly(false)
                .crossRegionModes(null)
                .build();
    }

    private FakeEditing catalogue(FakeAccessControl access) {
        return new FakeEditing(access)
                .with(matter("370100-SJJ-XK-001", "370100", "食品经营许可（市级）"), GuideStatus.PUBLISHED)
                .with(matter("370102-SJJ-XK-001", "370102", "食品经营许可（新办）"), GuideStatus.DRAFT)
                .with(matter("370102-SJJ-XK-002", "370102", "餐饮服务备案"), GuideStatus.REVIEW)
                .with(matter("370103-SJJ-XK-001", "370103", "食品经营许可（市中区）"), GuideStatus.DRAFT);
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(MatterListView view) {
        Grid<GuideSummary> grid = byId(view, Grid.class, "catalogue-grid").orElseThrow();
        // Straight from the data provider: the grid's own count is only refreshed on a round trip to the browser.
        return grid.getDataProvider()
                .fetch(new Query<>())
                .map(g -> g.matter().code())
                .toList();
    }

    @Test
    void aDistrictClerkSeesOnlyTheirDistrictsMatters() {
        FakeAccessControl clerk = lixiaEditor();
        FakeEditing editing = catalogue(clerk);
        MatterListView view = new MatterListView(services(editing, clerk));

        assertThat(codes(view)).containsExactly("370102-SJJ-XK-001", "370102-SJJ-XK-002");
        assertThat(byId(view, Button.class, "catalogue-new")).isPresent();
        // The page read for the count is not read again to fill the grid: each read is audited.
        assertThat(editing.queries)
                .singleElement()
                .extracting(q -> q.jurisdictionCode())
                .isEqualTo("370102");
    }

    @Test
    void theCityClerkSeesTheWholeCity() {
        FakeAccessControl clerk = cityPublisher();
        MatterListView view = new MatterListView(services(catalogue(clerk), clerk));

        assertThat(codes(view)).hasSize(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void statusAndTextFilterTheList() {
        FakeAccessControl clerk = cityPublisher();
        FakeEditing editing = catalogue(clerk);
        MatterListView view = new MatterListView(services(editing, clerk));

        Select<GuideStatus> status =
                byId(view, Select.class, "catalogue-filter-status").orElseThrow();
        status.setValue(GuideStatus.DRAFT);
        assertThat(codes(view)).containsExactly("370102-SJJ-XK-001", "370103-SJJ-XK-001");

        byId(view, TextField.class, "catalogue-filter-text").orElseThrow().setValue("市中区");
        assertThat(codes(view)).containsExactly("370103-SJJ-XK-001");
        assertThat(editing.queries.getLast().status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(editing.queries.getLast().size()).isLessThanOrEqualTo(MatterListView.PAGE_SIZE);
    }

    @Test
    void aReaderGetsNoNewButton() {
        FakeAccessControl reader =
                new FakeAccessControl(jurisdictions).actAs("auditor", "370100").grant("catalogue:read");
        MatterListView view = new MatterListView(services(catalogue(reader), reader));

        assertThat(byId(view, Button.class, "catalogue-new")).isEmpty();
        assertThat(codes(view)).hasSize(4);
    }
}
