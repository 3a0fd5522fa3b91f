package org.tongban.hall.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongban.hall.HallQueue;
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
    void theScreenSaysWhenItCannotReadTheQueueKeepsTheLastNumbersAndRecoversByItself() {
        Ticket taken = hall.takeWalkIn(setup.token(), HallFixture.ID_CARD, Priority.NONE);
        hall.callNext(setup.one().id());
        java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean();
        HallQueue flaky = (HallQueue) java.lang.reflect.Proxy.newProxyInstance(
                HallQueue.class.getClassLoader(), new Class<?>[] {HallQueue.class}, (proxy, method, args) -> {
                    if (down.get()) {
                        throw new org.tongban.platform.api.persistence.DataAccessException(
                                "connection refused", new java.sql.SQLException("08001"));
                    }
                    try {
                        return method.invoke(hall, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        CallingScreenView screen = new CallingScreenView(flaky);
        ui.add(screen);
        screen.open(String.valueOf(setup.hall().id()));
        assertThat(screen.trouble.isVisible()).isFalse();

        down.set(true);
        screen.render(true);
        assertThat(screen.trouble.isVisible()).isTrue();
        assertThat(screen.trouble.getText()).startsWith("暂时无法读取叫号信息，正在重试；以下为 ");
        assertThat(screen.trouble.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(text(screen)).as("the last numbers stay").contains(taken.number());

        CallingScreenView reloaded = new CallingScreenView(flaky);
        ui.add(reloaded);
        reloaded.open(String.valueOf(setup.hall().id()));
        assertThat(reloaded.trouble.isVisible()).isTrue();
        assertThat(reloaded.trouble.getText()).isEqualTo("暂时无法读取叫号信息，正在重试");
        assertThat(text(reloaded))
                .as("a page opened while the queue cannot be read is not an unknown hall")
                .doesNotContain("未找到该服务大厅");

        down.set(false);
        screen.render(true);
        assertThat(screen.trouble.isVisible()).isFalse();
        reloaded.render(true);
        assertThat(text(reloaded)).contains(taken.number());
        assertThat(reloaded.trouble.isVisible()).isFalse();
        assertThat(text(screen)).contains(taken.number());
        assertThat(byId(screen, com.vaadin.flow.component.html.Paragraph.class, "hall-screen-offline")
                        .orElseThrow()
                        .getText())
                .isEqualTo("与服务器的连接已中断，正在自动重连，屏幕上的号码可能不是最新的");
    }

    @Test
    void theKioskTakesANumberWithEnterInTheCodeFieldAndAnnouncesARefusalWhereTheNumberWouldBe() {
        KioskView kiosk = new KioskView(hall, hall);
        ui.add(kiosk);
        kiosk.open(setup.token());
        TextField code = byId(kiosk, TextField.class, "hall-kiosk-code").orElseThrow();
        code.setValue("WRONG123");
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                code,
                new com.vaadin.flow.component.KeyDownEvent(
                        code, false, "Enter", "Enter", 0, false, false, false, false, false, false));
        Div result = all(kiosk, Div.class).stream()
                .filter(d -> "status".equals(d.getElement().getAttribute("role")))
                .findFirst()
                .orElseThrow();
        assertThat(result.getElement().getAttribute("aria-live")).isEqualTo("assertive");
        assertThat(text(result)).contains("未找到今天在本大厅的这条预约，请核对预约确认码");
    }

    @Test
    void anUnknownHallOnTheScreenSaysSo() {
        CallingScreenView screen = new CallingScreenView(hall);
        ui.add(screen);
        screen.open("x");
        assertThat(text(screen)).contains("未找到该服务大厅");
        screen.open("999999");
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

    @Test
    void theAdministratorDeactivatesAWindowAndAGroupAndActivatesThemAgainFromTheirRows() {
        HallAdminView admin = new HallAdminView(hall, fixture.access);
        ui.add(admin);
        admin.windows.select(setup.three());
        assertThat(admin.windowActive.getText()).isEqualTo("停用 03号窗口");
        admin.windowActive.click();
        assertThat(hall.window(setup.three().id()).orElseThrow().active()).isFalse();
        assertThat(fixture.audit.withAction("hall.window.deactivate")).hasSize(1);
        assertThat(admin.windowActive.isEnabled())
                .as("after the change nothing is selected")
                .isFalse();
        admin.windows.select(hall.window(setup.three().id()).orElseThrow());
        assertThat(admin.windowActive.getText()).isEqualTo("恢复启用 03号窗口");
        admin.windowActive.click();
        assertThat(hall.window(setup.three().id()).orElseThrow().active()).isTrue();

        admin.groups.select(setup.group());
        assertThat(admin.groupActive.getText()).isEqualTo("停用 综合受理");
        admin.groupActive.click();
        assertThat(hall.groups(setup.hall().id()).getFirst().active()).isFalse();

        button(admin, "停用大厅").click();
        assertThat(hall.hall(setup.hall().id()).orElseThrow().active()).isFalse();
        assertThat(fixture.audit.withAction("hall.deactivate")).hasSize(1);
        KioskView kiosk = new KioskView(hall, hall);
        ui.add(kiosk);
        kiosk.open(setup.token());
        assertThat(text(kiosk)).contains("大厅“历下区政务服务中心”已停用，暂不提供预约和取号。");
        button(admin, "恢复启用大厅").click();
        assertThat(hall.hall(setup.hall().id()).orElseThrow().active()).isTrue();
    }

    @Test
    void theStatisticsAreExportedToExcelWithASheetPerGrouping() throws Exception {
        Ticket taken = hall.takeWalkIn(setup.token(), HallFixture.ID_CARD, Priority.NONE);
        fixture.clock.advance(java.time.Duration.ofMinutes(12));
        hall.callNext(setup.one().id());
        fixture.clock.advance(java.time.Duration.ofMinutes(6));
        hall.finish(taken.id(), null);

        HallStatisticsView view = new HallStatisticsView(hall, hall, fixture.access);
        ui.add(view);
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 7);
        byte[] workbook = HallStatisticsWorkbook.of(hall, setup.hall(), day, day, view::getTranslation);
        String windows = sheet(workbook, 2);
        assertThat(windows)
                .contains("历下区政务服务中心  2026-12-07 ~ 2026-12-07", "平均等候（分钟）", "办结人次")
                .contains("<v>12.0</v>", "<v>6.0</v>");
        assertThat(sheet(workbook, 3)).contains("居民身份证换领");
        assertThat(sheet(workbook, 4)).contains("<v>1</v>");
        assertThat(HallStatisticsWorkbook.minutes(90)).isEqualTo(1.5);
    }

    /** A worksheet's XML with the shared strings put in, enough to read what a user would see. */
    private static String sheet(byte[] workbook, int number) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("hall", ".xlsx");
        try {
            java.nio.file.Files.write(file, workbook);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                String xml = read(zip, "xl/worksheets/sheet" + number + ".xml") + read(zip, "xl/sharedStrings.xml");
                return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
                        .matcher(xml)
                        .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static String read(java.util.zip.ZipFile zip, String name) throws java.io.IOException {
        java.util.zip.ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return "";
        }
        try (java.io.InputStream in = zip.getInputStream(entry)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static Button button(Component root, String text) {
        return all(root, Button.class).stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }
}
