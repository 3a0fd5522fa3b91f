package org.tongban.hall.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hall.Priority;
import org.tongban.hall.ServedMatter;
import org.tongban.hall.Ticket;
import org.tongban.hall.internal.HallFixture;
import org.tongban.hall.internal.JdbcHallService;
import org.tongban.testing.TestDatabase;
import org.tongban.testing.ui.UiTestSupport;

/** The kiosk, the clerk's panel, the screen and the console pages on the real hall service (H2), without a browser. */
class HallViewsTest extends UiTestSupport {
    private static TestDatabase database;

    private HallFixture fixture;
    private JdbcHallService hall;
    private HallFixture.Setup setup;

    HallViewsTest() {
        super("i18n/hall-ui");
    }

    @BeforeAll
    static void migrate() {
        database = TestDatabase.h2(HallFixture.CHANGELOG);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void hall() {
        database.execute(
                "DELETE FROM hall_ticket",
                "DELETE FROM hall_counter",
                "DELETE FROM hall_booking",
                "DELETE FROM hall_slot",
                "DELETE FROM hall_window_matter",
                "DELETE FROM hall_window",
                "DELETE FROM hall_group",
                "DELETE FROM hall_hall");
        fixture = new HallFixture(database);
        hall = fixture.service;
        setup = fixture.standardHall();
    }

    @Test
    void aForgedKioskTokenGetsAChineseRefusalAndNoButtons() {
        KioskView kiosk = new KioskView(hall, hall);
        ui.add(kiosk);
        kiosk.open("forged");
        assertThat(text(kiosk)).contains("取号机凭证无效或已作废，请联系大厅工作人员重新绑定");
        assertThat(all(kiosk, Button.class)).isEmpty();
    }

    @Test
    void aWalkInTakesANumberAtTheKioskAndLargeTextCanBeSwitchedOn() {
        KioskView kiosk = new KioskView(hall, hall);
        ui.add(kiosk);
        kiosk.open(setup.token());
        @SuppressWarnings("unchecked")
        ComboBox<ServedMatter> matter = all(kiosk, ComboBox.class).getFirst();
        matter.setValue(new ServedMatter(HallFixture.ID_CARD, "居民身份证换领"));
        button(kiosk, "直接取号").click();
        assertThat(text(kiosk)).contains("A001").contains("请持号等候：居民身份证换领，前面还有0人");
        button(kiosk, "大字模式").click();
        assertThat(kiosk.getClassNames()).contains("hall-kiosk-large");
        assertThat(button(kiosk, "大字模式").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        button(kiosk, "需要帮助").click();
        assertThat(fixture.consoleNotices).hasSize(1);
    }

    @Test
    void anIdNumberWithAWrongCheckCharacterIsRefusedAtTheKiosk() {
        KioskView kiosk = new KioskView(hall, hall);
        ui.add(kiosk);
        kiosk.open(setup.token());
        all(kiosk, TextField.class).stream()
                .filter(f -> "身份证号码".equals(f.getLabel()))
                .findFirst()
                .orElseThrow()
                .setValue("370102199003071230");
        button(kiosk, "刷身份证号取号").click();
        assertThat(hall.screen(setup.hall().id()).waiting()).isZero();
    }

    @Test
    void theClerkCallsTheNextNumberAndTheScreenShowsItThenFinishes() {
        Ticket taken = hall.takeWalkIn(setup.token(), HallFixture.ID_CARD, Priority.NONE);
        ClerkPanelView panel = new ClerkPanelView(hall, hall, fixture.access);
        ui.add(panel);
        button(panel, "叫下一号").click();
        assertThat(text(panel)).contains("正在办理：" + taken.number() + "（居民身份证换领）");

        CallingScreenView screen = new CallingScreenView(hall);
        ui.add(screen);
        screen.open(String.valueOf(setup.hall().id()));
        assertThat(text(screen)).contains("历下区政务服务中心").contains("01号窗口").contains(taken.number());

        button(panel, "办结").click();
        assertThat(text(panel)).contains("当前没有正在办理的号码");
        assertThat(fixture.events).anyMatch(e -> e.startsWith("hall/FINISHED"));
    }

    @Test
    void anUnknownHallOnTheScreenSaysSo() {
        CallingScreenView screen = new CallingScreenView(hall);
        ui.add(screen);
        screen.open("x");
        assertThat(text(screen)).contains("未找到该服务大厅");
    }

    @Test
    void theAdministrationAndStatisticsPagesShowTheHall() {
        HallAdminView admin = new HallAdminView(hall, fixture.access);
        ui.add(admin);
        assertThat(all(admin, com.vaadin.flow.component.grid.Grid.class))
                .extracting(g -> g.getGenericDataView().getItems().count())
                .containsExactly(1L, 3L);
        button(admin, "签发取号机凭证").click();
        assertThat(text(admin))
                .contains("/hall/kiosk/")
                .contains("/hall/screen/" + setup.hall().id());

        HallStatisticsView statistics = new HallStatisticsView(hall, hall, fixture.access);
        ui.add(statistics);
        assertThat(text(statistics)).contains("等候与办理时长统计");
    }

    private static Button button(Component root, String text) {
        return all(root, Button.class).stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }
}
