package org.tongban.worktime.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.testing.TestJurisdictions.JINAN;
import static org.tongban.testing.TestJurisdictions.LIXIA;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.testing.FakeAccessControl;
import org.tongban.testing.TestJurisdictions;
import org.tongban.testing.ui.BareUi;
import org.tongban.testing.ui.BundleTexts;
import org.tongban.worktime.CalendarService;
import org.tongban.worktime.LocalDay;

/** The month grid and the day dialog in a bare UI with the bundle's Chinese texts. */
class MonthCalendarTest {
    // 2026-10-15 10:00 in Beijing.
    private static final Clock OCTOBER = Clock.fixed(Instant.parse("2026-10-15T02:00:00Z"), ZoneOffset.UTC);

    private final TestJurisdictions jurisdictions = new TestJurisdictions();
    private final InMemoryCalendars calendars = new InMemoryCalendars();
    private final BareUi bare = new BareUi(new UI(), new BundleTexts("i18n/worktime"));

    @BeforeEach
    void open() {
        bare.open();
    }

    @AfterEach
    void close() {
        bare.close();
    }

    private WorktimeCalendarView view(FakeAccessControl user) {
        WorktimeCalendarView view = new WorktimeCalendarView(calendars, jurisdictions, user, JINAN.code(), OCTOBER);
        bare.ui().add(view);
        return view;
    }

    private static String label(NativeButton cell) {
        return cell.getElement().getAttribute("aria-label");
    }

    @Test
    void theMonthOfTodayIsLaidOutMondayFirstWithEveryDayNamedForScreenReaders() {
        WorktimeCalendarView view = view(FakeAccessControl.clerkOf(jurisdictions, LIXIA.code()));
        MonthCalendar month = view.month();

        assertThat(month.shown()).isEqualTo(YearMonth.of(2026, 10));
        List<NativeButton> cells = month.cells();
        assertThat(cells).hasSize(31);
        assertThat(label(cells.get(0))).isEqualTo("2026年10月1日 国庆节 休息日");
        assertThat(label(cells.get(9))).isEqualTo("2026年10月10日 国庆节 调休上班日");
        assertThat(label(cells.get(12))).isEqualTo("2026年10月13日 工作日");
        assertThat(label(cells.get(17))).isEqualTo("2026年10月18日 休息日");
        // Today is marked, and is the one tab stop of the month; the arrow keys move from it.
        assertThat(cells.get(14).getElement().getAttribute("aria-current")).isEqualTo("date");
        assertThat(cells.stream().filter(c -> "0".equals(c.getElement().getAttribute("tabindex"))))
                .containsExactly(cells.get(14));

        Element table = month.getElement().getChild(3).getChild(0);
        assertThat(table.getTag()).isEqualTo("table");
        Element firstRow = table.getChild(2).getChild(0);
        // 2026-10-01 is a Thursday: three empty cells for Monday to Wednesday.
        assertThat(firstRow.getChildCount()).isEqualTo(7);
        assertThat(firstRow.getChild(2).getClassList()).contains("tb-day-empty");
        assertThat(firstRow.getChild(3).getChild(0).getAttribute("data-date")).isEqualTo("2026-10-01");
        Element header = table.getChild(1).getChild(0);
        assertThat(header.getChild(0).getText()).isEqualTo("一");
        assertThat(header.getChild(0).getAttribute("abbr")).isEqualTo("星期一");
        assertThat(header.getChild(6).getText()).isEqualTo("日");
        assertThat(table.getChild(0).getText()).isEqualTo("2026年10月 历下区工作日历");
    }

    @Test
    void previousAndNextMoveByMonthAndAProvisionalYearSaysSo() {
        MonthCalendar month =
                view(FakeAccessControl.clerkOf(jurisdictions, LIXIA.code())).month();

        buttonById(month, "worktime-month-next").click();
        buttonById(month, "worktime-month-next").click();
        buttonById(month, "worktime-month-next").click();

        assertThat(month.shown()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(label(month.cells().getFirst())).isEqualTo("2027年1月1日 工作日 暂定");
        assertThat(paragraphs(month)).anyMatch(text -> text.startsWith("2027年的国务院节假日通知尚未收录"));

        buttonById(month, "worktime-month-previous").click();
        assertThat(month.shown()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(paragraphs(month)).noneMatch(text -> text.contains("尚未收录"));
    }

    @Test
    void aClerkWhoMayEditSetsAndClearsALocalDayFromTheGrid() {
        WorktimeCalendarView view = view(FakeAccessControl.clerkOf(jurisdictions, LIXIA.code()));

        click(view.month().cells().get(19));
        DayDialog dialog = view.dialog();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.offersSaving()).isTrue();
        dialog.adjustmentField().setValue(DayDialog.Adjustment.DAY_OFF);
        dialog.noteField().setValue("泉城马拉松交通管制");
        dialog.save();

        assertThat(calendars.days)
                .containsExactly(new LocalDay(LIXIA.code(), LocalDate.of(2026, 10, 20), false, "泉城马拉松交通管制"));
        assertThat(label(view.month().cells().get(19))).isEqualTo("2026年10月20日 泉城马拉松交通管制 地方休息日");

        click(view.month().cells().get(19));
        assertThat(view.dialog().adjustment()).isEqualTo(DayDialog.Adjustment.DAY_OFF);
        view.dialog().adjustmentField().setValue(DayDialog.Adjustment.NONE);
        view.dialog().save();

        assertThat(calendars.days).isEmpty();
        assertThat(label(view.month().cells().get(19))).isEqualTo("2026年10月20日 工作日");
    }

    @Test
    void aNationalHolidayAndAHigherLevelsDayAreGreyedOutWithTheReasonInSight() {
        calendars.setLocalDay(JINAN.code(), LocalDate.of(2026, 10, 21), false, "全市运动会");
        WorktimeCalendarView view = view(FakeAccessControl.clerkOf(jurisdictions, LIXIA.code()));

        click(view.month().cells().get(0));
        TextField national = textFields(view.dialog()).getFirst();
        assertThat(national.isEnabled()).isFalse();
        assertThat(national.getValue()).isEqualTo("国庆节 · 法定节假日");
        assertThat(national.getHelperText()).isEqualTo("国家法定节假日由国务院办公厅通知确定，不能在本地修改");
        // The district may still set its own day over the notice.
        assertThat(view.dialog().adjustmentField().isEnabled()).isTrue();

        click(view.month().cells().get(20));
        TextField inherited = textFields(view.dialog()).getFirst();
        assertThat(inherited.isEnabled()).isFalse();
        assertThat(inherited.getHelperText()).startsWith("由济南市设定，只能由济南市修改");
    }

    @Test
    void withoutTheEditPermissionTheDayAndTheFormsAreReadOnlyAndSayWhy() {
        FakeAccessControl reader =
                new FakeAccessControl(jurisdictions).actAs("reader", LIXIA.code(), CalendarService.READ_PERMISSION);
        WorktimeCalendarView view = view(reader);

        assertThat(paragraphs(view)).anyMatch(text -> text.startsWith("您没有修改历下区工作日历的权限"));
        click(view.month().cells().get(12));
        DayDialog dialog = view.dialog();
        assertThat(dialog.adjustmentField().isEnabled()).isFalse();
        assertThat(dialog.adjustmentField().getHelperText()).isEqualTo("您没有修改历下区工作日历的权限，只能查看");
        assertThat(dialog.noteField().isEnabled()).isFalse();
        assertThat(dialog.offersSaving()).isFalse();
        assertThat(calendars.days).isEmpty();
    }

    private static void click(NativeButton cell) {
        ComponentUtil.fireEvent(cell, new ClickEvent<>(cell));
    }

    private static Button buttonById(MonthCalendar month, String id) {
        return descendants(month.getElement())
                .flatMap(e -> e.getComponent().stream())
                .filter(c -> c instanceof Button && id.equals(c.getId().orElse(null)))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> paragraphs(com.vaadin.flow.component.Component root) {
        return descendants(root.getElement())
                .flatMap(e -> e.getComponent().stream())
                .filter(c -> c instanceof Paragraph p && p.isVisible())
                .map(c -> ((Paragraph) c).getText())
                .toList();
    }

    private static List<TextField> textFields(DayDialog dialog) {
        return descendants(dialog.getElement())
                .flatMap(e -> e.getComponent().stream())
                .filter(TextField.class::isInstance)
                .map(TextField.class::cast)
                .toList();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(MonthCalendarTest::descendants));
    }
}
