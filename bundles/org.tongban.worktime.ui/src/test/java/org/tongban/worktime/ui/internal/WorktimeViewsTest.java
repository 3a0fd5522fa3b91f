package org.tongban.worktime.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.testing.TestJurisdictions.JINAN;
import static org.tongban.testing.TestJurisdictions.LIXIA;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.TestJurisdictions;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.ClockEvent;
import org.tongban.worktime.ClockRequest;
import org.tongban.worktime.ClockService;
import org.tongban.worktime.ClockState;
import org.tongban.worktime.DeadlineClock;
import org.tongban.worktime.DeadlineStatus;
import org.tongban.worktime.LimitUnit;
import org.tongban.worktime.LocalDay;
import org.tongban.worktime.Progress;
import org.tongban.worktime.ReportRow;

/** The views built in a bare UI, without a servlet: what they show and what they hand to the services. */
class WorktimeViewsTest {
    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final InMemoryCalendars calendars = new InMemoryCalendars();
    // Held here because UI.setCurrent keeps only a weak reference.
    private final UI ui = new UI();

    @BeforeEach
    void bareUi() {
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void calendarViewAddsALocalDayAndListsInheritedOnes() {
        calendars.setLocalDay(JINAN.code(), LocalDate.parse("2025-05-06"), false, "全市活动");
        WorktimeCalendarView view = new WorktimeCalendarView(
                calendars, jurisdictions, FakeAccessControl.clerkOf(jurisdictions, LIXIA.code()), JINAN.code());

        find(view, DatePicker.class).getFirst().setValue(LocalDate.parse("2025-03-05"));
        textField(view, "worktime.day.note").setValue("<b>马拉松</b>");
        button(view, "worktime.day.add").click();

        assertThat(calendars.days)
                .last()
                .isEqualTo(new LocalDay(LIXIA.code(), LocalDate.parse("2025-03-05"), false, "<b>马拉松</b>"));
        @SuppressWarnings("unchecked")
        Grid<LocalDay> grid = find(view, Grid.class).getFirst();
        assertThat(grid.getListDataView().getItems())
                .extracting(LocalDay::jurisdictionCode)
                .containsExactly(JINAN.code(), LIXIA.code());
    }

    @Test
    void anAdministratorEntersAYearsDaysAndSeesTheProvisionalYearsShrink() {
        WorktimeCalendarView view = new WorktimeCalendarView(
                calendars,
                jurisdictions,
                FakeAccessControl.clerkOf(jurisdictions, JINAN.code()).grant(CalendarService.HOLIDAYS_PERMISSION),
                JINAN.code());
        assertThat(find(view, com.vaadin.flow.component.html.Paragraph.class))
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .anyMatch(text -> text.contains("worktime.holidays.provisional"));

        HolidayYearsPanel holidays = find(view, HolidayYearsPanel.class).getFirst();
        find(holidays, DatePicker.class).getFirst().setValue(LocalDate.parse("2027-01-01"));
        textField(view, "worktime.holidays.name").setValue("元旦 \"新年\"");
        button(view, "worktime.holidays.addDay").click();
        button(view, "worktime.holidays.saveEntered").click();

        assertThat(calendars.loadedJson)
                .containsExactly(
                        "{\"year\":2027,\"papers\":[],\"days\":[{\"name\":\"元旦 \\\"新年\\\"\",\"date\":\"2027-01-01\",\"isOffDay\":true}]}");
        @SuppressWarnings("unchecked")
        Grid<org.tongban.worktime.HolidayYear> years =
                find(holidays, Grid.class).getFirst();
        assertThat(years.getListDataView().getItems())
                .extracting(org.tongban.worktime.HolidayYear::year, org.tongban.worktime.HolidayYear::source)
                .contains(org.assertj.core.api.Assertions.tuple(2027, org.tongban.worktime.HolidayYear.Source.LOADED))
                .doesNotContain(org.assertj.core.api.Assertions.tuple(
                        2027, org.tongban.worktime.HolidayYear.Source.PROVISIONAL));
    }

    @Test
    void withoutTheHolidayPermissionTheYearsAreShownButCannotBeLoaded() {
        FakeAccessControl clerk = new FakeAccessControl(jurisdictions)
                .actAs("lixia-clerk", LIXIA.code(), CalendarService.READ_PERMISSION, CalendarService.EDIT_PERMISSION);
        WorktimeCalendarView view = new WorktimeCalendarView(calendars, jurisdictions, clerk, JINAN.code());
        assertThat(find(view, com.vaadin.flow.component.upload.Upload.class)).isEmpty();
        assertThat(find(view, Button.class))
                .extracting(Button::getText)
                .doesNotContain("worktime.holidays.saveEntered");
    }

    @Test
    void aClerkAddsWinterHoursForTheJurisdiction() {
        WorktimeCalendarView view = new WorktimeCalendarView(
                calendars, jurisdictions, FakeAccessControl.clerkOf(jurisdictions, LIXIA.code()), JINAN.code());

        textField(view, "worktime.season.from").setValue("10月1日");
        textField(view, "worktime.season.to").setValue("04-30");
        find(view, TextField.class).stream()
                .filter(f -> "09:00-12:00,13:00-17:00".equals(f.getPlaceholder()))
                .findFirst()
                .orElseThrow()
                .setValue("09:00-12:00,13:00-17:00");
        button(view, "worktime.season.add").click();

        assertThat(calendars.seasons.get(LIXIA.code())).singleElement().satisfies(season -> {
            assertThat(season.from()).isEqualTo(java.time.MonthDay.of(10, 1));
            assertThat(season.to()).isEqualTo(java.time.MonthDay.of(4, 30));
            assertThat(season.hours().closing()).isEqualTo(java.time.LocalTime.of(17, 0));
        });
    }

    @Test
    void clockLookupShowsTheStatusAndWholeHistoryOfTheClockFound() {
        ClockLookupView view = new ClockLookupView(clockService());

        textField(view, "worktime.clock.objectId").setValue("SL-2025-001");
        button(view, "worktime.clock.search").click();

        @SuppressWarnings("unchecked")
        Grid<ClockEvent> history = find(view, Grid.class).get(1);
        assertThat(history.getListDataView().getItems())
                .extracting(ClockEvent::kind, ClockEvent::reason)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(ClockEvent.Kind.START, null),
                        org.assertj.core.api.Assertions.tuple(ClockEvent.Kind.PAUSE, "专家评审"));
        assertThat(find(view, com.vaadin.flow.component.html.Paragraph.class)
                        .getFirst()
                        .getText())
                .contains("worktime.clock.status");
        // The deadline lies in a year without holiday data: the badge says it is provisional.
        assertThat(find(view, org.tongban.platform.ui.DeadlineBadge.class)
                        .getFirst()
                        .text())
                .endsWith(" · 暂定");
    }

    @Test
    void reportAsksForThePeriodIncludingTheEndDateAndListsTheRows() {
        WorktimeReportView view = new WorktimeReportView(clockService());
        List<DatePicker> dates = find(view, DatePicker.class);
        dates.get(0).setValue(LocalDate.parse("2025-02-01"));
        dates.get(1).setValue(LocalDate.parse("2025-02-28"));

        button(view, "worktime.report.run").click();

        assertThat(reportPeriod)
                .containsExactly(
                        java.time.Instant.parse("2025-01-31T16:00:00Z"),
                        java.time.Instant.parse("2025-02-28T16:00:00Z"));
        @SuppressWarnings("unchecked")
        Grid<ReportRow> rows = find(view, Grid.class).getFirst();
        assertThat(rows.getListDataView().getItems())
                .extracting(ReportRow::group)
                .containsExactly("市场监管局");
    }

    private final List<java.time.Instant> reportPeriod = new java.util.ArrayList<>();

    // Only the methods the two views call are answered.
    private ClockService clockService() {
        ClockRequest request = new ClockRequest(
                "case",
                "SL-2025-001",
                LIXIA.code(),
                "市场监管局",
                "食品经营许可",
                5,
                LimitUnit.WORKING_DAYS,
                java.time.Instant.parse("2025-01-24T02:00:00Z"));
        DeadlineClock clock = new DeadlineClock(
                7,
                request,
                0,
                ClockState.PAUSED,
                java.time.Instant.parse("2025-02-07T09:30:00Z"),
                java.time.Instant.parse("2025-02-05T09:30:00Z"),
                null,
                null);
        return (ClockService) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ClockService.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "findByObject":
                            return "SL-2025-001".equals(args[1]) ? List.of(clock) : List.of();
                        case "progress":
                            return new Progress(
                                    DeadlineStatus.NORMAL, clock.deadline(), 3, java.time.Duration.ZERO, true);
                        case "history":
                            return List.of(
                                    new ClockEvent(
                                            7, ClockEvent.Kind.START, request.acceptedAt(), "system", null, null, null),
                                    new ClockEvent(
                                            7,
                                            ClockEvent.Kind.PAUSE,
                                            request.acceptedAt(),
                                            "clerk",
                                            "专家评审",
                                            null,
                                            null,
                                            new org.tongban.worktime.PauseRequest(
                                                    org.tongban.worktime.PauseKind.EXPERT_REVIEW,
                                                    null,
                                                    "约 10 个工作日",
                                                    "告知书〔2025〕1号",
                                                    "专家评审")));
                        case "report":
                            reportPeriod.add((java.time.Instant) args[1]);
                            reportPeriod.add((java.time.Instant) args[2]);
                            return List.of(new ReportRow("市场监管局", LimitUnit.WORKING_DAYS, 4, 4, 3.5, 5));
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    @Test
    void everyEnumKeyTheViewsBuildIsDefined() throws Exception {
        Properties chinese = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("i18n/worktime.properties")) {
            chinese.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Stream.of(
                        Stream.of(ClockState.values()).map(s -> "worktime.state." + s),
                        Stream.of(DeadlineStatus.values()).map(s -> "worktime.status." + s),
                        Stream.of(LimitUnit.values()).map(s -> "worktime.unit." + s),
                        Stream.of(ClockEvent.Kind.values()).map(s -> "worktime.event." + s))
                .flatMap(s -> s)
                .forEach(key -> assertThat(chinese).containsKey(key));
    }

    private static TextField textField(Component view, String label) {
        return find(view, TextField.class).stream()
                .filter(f -> f.getLabel().contains(label))
                .findFirst()
                .orElseThrow();
    }

    private static Button button(Component view, String text) {
        return find(view, Button.class).stream()
                .filter(b -> b.getText().contains(text))
                .findFirst()
                .orElseThrow();
    }

    private static <T extends Component> List<T> find(Component root, Class<T> type) {
        return descendants(root.getElement())
                .flatMap(element -> element.getComponent().stream())
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(WorktimeViewsTest::descendants));
    }
}
