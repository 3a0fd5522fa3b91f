package org.tongban.worktime.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.testing.TestJurisdictions.JINAN;
import static org.tongban.testing.TestJurisdictions.LIXIA;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.UiTestSupport;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.OfficeHours;
import org.tongban.worktime.SeasonalHours;
import org.tongban.worktime.ServiceHall;

/** The 服务大厅 section of the calendar page, in Chinese: halls added, their own seasons and half days, refusals. */
class HallsPanelTest extends UiTestSupport {
    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final InMemoryCalendars calendars = new InMemoryCalendars();

    HallsPanelTest() {
        super("i18n/worktime");
    }

    private HallsPanel open(FakeAccessControl accessControl) {
        WorktimeCalendarView view = new WorktimeCalendarView(calendars, jurisdictions, accessControl, JINAN.code());
        return all(view, HallsPanel.class).getFirst();
    }

    @Test
    void aClerkAddsAHallWithItsOwnWinterHoursAndAHalfDayThere() {
        HallsPanel halls = open(editor());
        assertThat(text(halls)).contains("服务大厅", "休息日和调休上班日按本行政区划的日历");
        assertThat(all(halls, Grid.class).getFirst().getEmptyStateText()).isEqualTo("本行政区划尚未登记服务大厅。");
        SeasonsPanel hallHours = all(halls, SeasonsPanel.class).getFirst();
        assertThat(shown(hallHours)).as("no hall chosen yet").isFalse();

        field(halls, "worktime-hall-code").setValue("bdc");
        field(halls, "worktime-hall-name").setValue("不动产登记中心");
        field(halls, "worktime-hall-hours").setValue("08:30-12:00，13:30-18:00");
        byId(halls, Button.class, "worktime-hall-save").orElseThrow().click();

        assertThat(calendars.halls(LIXIA.code())).singleElement().satisfies(hall -> {
            assertThat(hall.name()).isEqualTo("不动产登记中心");
            assertThat(hall.officeHours().closing()).isEqualTo(LocalTime.of(18, 0));
        });
        assertThat(shown(hallHours)).as("the saved hall opens for its seasons").isTrue();
        assertThat(all(hallHours, H4.class))
                .extracting(H4::getText)
                .containsExactly("不动产登记中心：季节办公时间（如冬季作息）", "不动产登记中心：单日办公时间（如半天办公）");

        labelled(hallHours, "开始（月-日）").setValue("10-01");
        labelled(hallHours, "结束（月-日）").setValue("4月30日");
        labelled(hallHours, "办公时间").setValue("08:30-12:00,13:00-16:00");
        button(hallHours, "添加季节").click();
        all(hallHours, DatePicker.class).getFirst().setValue(LocalDate.parse("2025-03-04"));
        all(hallHours, TextField.class).stream()
                .filter(f -> "09:00-12:00".equals(f.getPlaceholder()))
                .findFirst()
                .orElseThrow()
                .setValue("08:30-12:00");
        labelled(hallHours, "原因").setValue("下午不动产登记系统升级");
        button(hallHours, "添加单日办公时间").click();

        assertThat(calendars.seasons.get(LIXIA.code() + "/bdc"))
                .containsExactly(new SeasonalHours(
                        MonthDay.of(10, 1), MonthDay.of(4, 30), OfficeHours.parse("08:30-12:00,13:00-16:00")));
        assertThat(calendars.seasons)
                .as("the district's own seasons are untouched")
                .doesNotContainKey(LIXIA.code());
        assertThat(calendars.dateHours.get(LIXIA.code() + "/bdc"))
                .singleElement()
                .satisfies(day -> assertThat(day.note()).isEqualTo("下午不动产登记系统升级"));
        assertThat(calendars.rules(LIXIA.code()).dateHours()).isEmpty();
        // Screen readers tell the hall's buttons from the district's.
        assertThat(all(hallHours, Button.class))
                .extracting(b -> b.getElement().getAttribute("aria-label"))
                .contains("不动产登记中心：添加季节", "不动产登记中心：添加单日办公时间");
        @SuppressWarnings("unchecked")
        Grid<SeasonalHours> seasons = all(hallHours, Grid.class).get(0);
        @SuppressWarnings("unchecked")
        Grid<org.tongban.worktime.DateHours> dates = all(hallHours, Grid.class).get(1);
        assertThat(rendered(seasons, "remove", seasons.getListDataView().getItem(0))
                        .getElement()
                        .getAttribute("aria-label"))
                .isEqualTo("不动产登记中心：删除自 10-01 起的季节办公时间");
        Button removeDate = rendered(dates, "remove", dates.getListDataView().getItem(0));
        assertThat(removeDate.getElement().getAttribute("aria-label")).isEqualTo("不动产登记中心：删除 2025-03-04 的调整");
        removeDate.click();
        assertThat(calendars.dateHours.get(LIXIA.code() + "/bdc")).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<ServiceHall> grid = all(halls, Grid.class).getFirst();
        assertThat(grid.getListDataView().getItems())
                .extracting(ServiceHall::code)
                .containsExactly("bdc");
    }

    @Test
    void aBadCodeOrBadHoursIsRefusedInChineseAndNothingIsSaved() {
        HallsPanel halls = open(editor());
        field(halls, "worktime-hall-code").setValue("市民 中心");
        field(halls, "worktime-hall-name").setValue("市民中心");
        byId(halls, Button.class, "worktime-hall-save").orElseThrow().click();
        roundTrip();
        assertThat(lastNotification()).startsWith("服务大厅编码须为1至32位字母、数字、连字符或下划线");

        field(halls, "worktime-hall-code").setValue("smzx");
        field(halls, "worktime-hall-hours").setValue("早九晚五");
        byId(halls, Button.class, "worktime-hall-save").orElseThrow().click();
        roundTrip();
        assertThat(lastNotification()).isEqualTo("办公时间格式应为 09:00-12:00,13:30-17:30：早九晚五");
        assertThat(calendars.halls(LIXIA.code())).isEmpty();
        assertThat(shown(all(halls, SeasonsPanel.class).getFirst())).isFalse();
    }

    @Test
    void withoutTheEditPermissionAHallsHoursAreShownButNotChangeable() {
        calendars.setHallHours(LIXIA.code(), "smzx", "历下区市民中心", null);
        calendars.setSeasonalHours(
                LIXIA.code(),
                "smzx",
                List.of(new SeasonalHours(MonthDay.of(10, 1), MonthDay.of(4, 30), OfficeHours.parse("09:00-17:00"))));
        FakeAccessControl reader = new FakeAccessControl(jurisdictions)
                .actAs("lixia-reader", LIXIA.code(), CalendarService.READ_PERMISSION);
        HallsPanel halls = open(reader);

        @SuppressWarnings("unchecked")
        Grid<ServiceHall> grid = all(halls, Grid.class).getFirst();
        assertThat(grid.getListDataView().getItems())
                .extracting(ServiceHall::name, ServiceHall::officeHours)
                .containsExactly(org.assertj.core.api.Assertions.tuple("历下区市民中心", null));
        assertThat(field(halls, "worktime-hall-name").isEnabled()).isFalse();
        Button view = rendered(grid, "edit", grid.getListDataView().getItem(0));
        assertThat(view.getText()).isEqualTo("查看");
        assertThat(view.getElement().getAttribute("aria-label")).isEqualTo("查看服务大厅 历下区市民中心 的办公时间");
        view.click();

        SeasonsPanel hallHours = all(halls, SeasonsPanel.class).getFirst();
        assertThat(shown(hallHours)).isTrue();
        @SuppressWarnings("unchecked")
        Grid<SeasonalHours> seasons = all(hallHours, Grid.class).getFirst();
        assertThat(seasons.getListDataView().getItems())
                .extracting(season -> season.hours().toString())
                .containsExactly("09:00-17:00");
        assertThat(button(hallHours, "添加季节").isEnabled()).isFalse();
    }

    // Without the holiday permission, so that the page has no upload (whose texts are the platform's).
    private FakeAccessControl editor() {
        return new FakeAccessControl(jurisdictions)
                .actAs("lixia-clerk", LIXIA.code(), CalendarService.READ_PERMISSION, CalendarService.EDIT_PERMISSION);
    }

    private String lastNotification() {
        List<Notification> notifications = all(ui, Notification.class);
        assertThat(notifications).isNotEmpty();
        return notifications.getLast().getElement().getProperty("text");
    }

    @SuppressWarnings("unchecked")
    private static <T> Button rendered(Grid<T> grid, String column, T item) {
        var renderer = (ComponentRenderer<?, T>) grid.getColumnByKey(column).getRenderer();
        return (Button) renderer.createComponent(item);
    }

    private static TextField field(Component root, String id) {
        return byId(root, TextField.class, id).orElseThrow();
    }

    private static TextField labelled(Component root, String label) {
        return all(root, TextField.class).stream()
                .filter(f -> label.equals(f.getLabel()))
                .findFirst()
                .orElseThrow();
    }

    private static Button button(Component root, String text) {
        return all(root, Button.class).stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }
}
