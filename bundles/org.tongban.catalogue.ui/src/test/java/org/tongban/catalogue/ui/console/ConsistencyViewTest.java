package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.ConsistencyDifference;
import org.tongban.catalogue.ConsistencyGroup;
import org.tongban.catalogue.ConsistencyReport;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideSummary;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.MatterType;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.testing.FakeAccessControl;

/** The consistency page asks for the clerk's subtree with the options on screen and lists every difference. */
class ConsistencyViewTest extends ConsoleTestSupport {
    private final List<String> asked = new ArrayList<>();

    private final ConsistencyReport report = new ConsistencyReport() {
        @Override
        public List<ConsistencyGroup> report(String jurisdictionCode, boolean includeDrafts, boolean onlyDifferences) {
            asked.add(jurisdictionCode + " " + includeDrafts + " " + onlyDifferences);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("370100-SJJ-XK-001", "20");
            values.put("370102-SJJ-XK-001", "15");
            return List.of(new ConsistencyGroup(
                    "SD-XK-00123",
                    List.of(guide("370100-SJJ-XK-001", "370100"), guide("370102-SJJ-XK-001", "370102")),
                    List.of(new ConsistencyDifference("法定时限（工作日）", values))));
        }

        @Override
        public Optional<ConsistencyGroup> group(String jurisdictionCode, String baseCode, boolean includeDrafts) {
            return Optional.empty();
        }
    };

    private static GuideSummary guide(String code, String jurisdiction) {
        return new GuideSummary(
                new MatterSummary(
                        code,
                        "SD-XK-00123",
                        "食品经营许可",
                        MatterType.ADMINISTRATIVE_LICENSING,
                        List.of(),
                        jurisdiction,
                        null,
                        null,
                        org.tongban.catalogue.Limit.workingDays(5),
                        false,
                        0,
                        OnlineDepth.FULLY_ONLINE),
                1,
                GuideStatus.PUBLISHED,
                "system",
                Instant.parse("2026-11-20T02:00:00Z"),
                1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDifferencesOfEachJurisdictionAreListedFilterableAndDownloadable() {
        FakeAccessControl clerk = cityPublisher();
        ConsistencyView view = new ConsistencyView(services(new FakeEditing(clerk), clerk), report);

        byId(view, Checkbox.class, "catalogue-consistency-drafts").orElseThrow().setValue(true);
        byId(view, Button.class, "catalogue-consistency-run").orElseThrow().click();

        assertThat(asked).containsExactly("370100 true true");
        Grid<ConsistencyRows.Row> grid =
                byId(view, Grid.class, "catalogue-consistency-grid").orElseThrow();
        assertThat(grid.getListDataView().getItems())
                .extracting(ConsistencyRows.Row::jurisdiction, ConsistencyRows.Row::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("济南市", "20"),
                        org.assertj.core.groups.Tuple.tuple("历下区", "15"));
        assertThat(byId(view, Anchor.class, "catalogue-consistency-csv")).isPresent();

        byId(view, TextField.class, "catalogue-consistency-filter")
                .orElseThrow()
                .setValue("历下");
        assertThat(grid.getListDataView().getItems()).hasSize(1);
    }
}
