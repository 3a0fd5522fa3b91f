package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.tongban.itests.support.TongbanInstance.call;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.DemoInBrowser;
import org.tongban.itests.support.PublicAccounts;
import org.tongban.platform.api.identity.IdentityNumbers;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/**
 * A day at Jinan's 政务服务中心 in Chromium: a citizen books a slot in the portal, takes a number at the kiosk with the
 * confirmation code, window 01 calls it and the calling screen shows it, the clerk finishes and the window's tablet
 * offers the service, which the citizen rates 非常不满意 under their phone number; the bad review reaches the unit, which
 * finds it justified, reports the fix and records the callback, and the 好差评 office accepts the close-out.
 */
class HallRatingBrowserIT {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String KIOSK = "Demo2026quhao";
    private static final String TABLET = "demo-jinan-01-tablet-2026";
    private static final String PASSWORD = "Citizen2026pass";
    private static final String COMMENT = "预约了还排了很久，窗口说材料不全却不一次说清楚要补什么，态度也不耐烦。";
    private static final Pattern CODE = Pattern.compile("确认码 ([A-Z0-9]{8})");
    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @RegisterExtension
    static final DemoInBrowser jinan = DemoInBrowser.shared("jinan");

    private static long hallId;
    private static String matterName;

    /**
     * Waits for the demo's hall, its visits and tablets, then keeps the hall open today until midnight in ten-minute
     * slots (a 延时服务 day at the hall, and a working day if today is not one), so that a slot of today is still ahead
     * at whatever hour the test runs: the kiosk takes a booking only on its day.
     */
    @BeforeAll
    static void theHallServesTheRestOfToday() throws Exception {
        assumeTrue(
                LocalTime.now(CHINA).isBefore(LocalTime.of(23, 40)),
                "no ten-minute slot of today (China Standard Time) is left to book");
        assertThat(waitFor(
                        Duration.ofMinutes(2),
                        () -> count("SELECT COUNT(*) FROM hall_ticket WHERE called_at IS NOT NULL") >= 3
                                && count("SELECT COUNT(*) FROM eval_tablet") >= 2))
                .as("the demo hall with its visits and the window tablets")
                .isTrue();
        // The demo's rated visits, if it loads them, come before ours: the tablet shows the window's latest visit.
        waitFor(
                Duration.ofSeconds(60),
                () -> count("SELECT COUNT(*) FROM eval_rectification WHERE verdict IS NOT NULL") > 0);
        List<String> hall = row("SELECT id, jurisdiction_code, name FROM hall_hall WHERE code = 'ZWFW'");
        hallId = Long.parseLong(hall.get(0));
        String root = hall.get(1);
        List<String> matter = row("SELECT m.matter_code, m.matter_name FROM hall_window_matter m"
                + " JOIN hall_window w ON w.id = m.window_id WHERE w.hall_id = " + hallId + " AND w.number = '01'"
                + " ORDER BY m.matter_name, m.matter_code");
        matterName = matter.get(1);
        List<String> group = row("SELECT id, name FROM hall_group WHERE hall_id = " + hallId + " AND code = 'ZH'");
        LocalDate today = LocalDate.now(CHINA);

        as("admin", "Demo2026admin", () -> {
            Object calendars = jinan.instance().service("org.tongban.worktime.CalendarService");
            if (!(Boolean) call(call(calendars, "calendar", root), "isWorkingDay", today)) {
                call(calendars, "setLocalDay", root, today, true, "延时服务日");
            }
            boolean known = false;
            for (Object h : (List<?>) call(calendars, "halls", root)) {
                known |= "ZWFW".equals(call(h, "code"));
            }
            if (!known) {
                call(calendars, "setHallHours", root, "ZWFW", hall.get(2), null);
            }
            call(calendars, "setDateHours", root, "ZWFW", today, "00:00-23:59", "延时服务至24时");
            return null;
        });
        as("hall.admin", "Demo2026dating", () -> {
            Object halls = jinan.instance().service("org.tongban.hall.HallAdministration");
            call(halls, "saveGroup", hallId, "ZH", group.get(1), 10, 4);
            call(halls, "openSlots", Long.parseLong(group.get(0)), today, 1);
            return null;
        });
    }

    @Test
    void aBookedVisitIsCalledOnTheScreenRatedBadlyOnTheTabletAndClosedOut() throws Exception {
        String identifier = identityNumber("37010219850612");
        register(identifier);
        Page citizen = jinan.page();
        citizen.setViewportSize(390, 844);
        signIn(citizen, identifier);
        String code = book(citizen);
        String number = takeNumber(citizen, code);

        try (BrowserContext hallScreen = jinan.browser().newContext();
                BrowserContext window = jinan.browser().newContext()) {
            Page screen = hallScreen.newPage();
            screen.setViewportSize(1920, 1080);
            screen.navigate(jinan.baseUrl() + "/hall/screen/" + hallId);
            ConsolePages.settle(screen);
            assertThat(screen.locator("#hall-screen-window-01")).isVisible();

            Page clerk = window.newPage();
            clerk.setViewportSize(1366, 900);
            ConsolePages.login(clerk, jinan.baseUrl(), "hall.clerk", "Demo2026chuangkou");
            clerk.navigate(jinan.baseUrl() + "/console/hall/panel");
            ConsolePages.settle(clerk);
            choose(clerk, "#hall-panel-window", "01 ");
            callUntil(clerk, number);
            // The screen polls every two seconds.
            assertThat(screen.locator("#hall-screen-window-01")).containsText(number, SLOW);

            clerk.locator("#hall-panel-finish").click();
            ConsolePages.settle(clerk);
            assertThat(clerk.locator("#hall-panel-current")).containsText("当前没有正在办理的号码");
        }

        rateOnTheTablet(number);
        closeOut();
    }

    @Test
    void forgedKioskAndTabletTokensAreRefusedInChinese() {
        Page page = jinan.page();
        page.setViewportSize(390, 844);
        Response kiosk = page.navigate(jinan.baseUrl() + "/hall/kiosk/Forged2026kiosk");
        assertThat(kiosk.status()).isEqualTo(200);
        ConsolePages.settle(page);
        assertThat(page.locator("#hall-kiosk-refused")).containsText("取号机凭证无效或已作废，请联系大厅工作人员重新绑定");
        assertThat(page.locator("#hall-kiosk-code")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("Exception");

        Response tablet = page.navigate(jinan.baseUrl() + "/rate/demo-jinan-01-tablet-2025");
        assertThat(tablet.status()).isEqualTo(200);
        ConsolePages.settle(page);
        assertThat(page.locator("#evaluation-rate")).containsText("评价器不可用");
        assertThat(page.locator("#evaluation-rate-refused")).containsText("此评价器未经授权或授权已失效，请联系大厅工作人员。");
        assertThat(page.locator("#evaluation-rate-submit")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("Exception");
    }

    /** Books the first slot ahead at the hall's window group for a matter of window 01; returns the code shown. */
    private String book(Page citizen) {
        citizen.navigate(jinan.baseUrl() + "/hall/booking");
        ConsolePages.settle(citizen);
        choose(citizen, "#hall-booking-hall", "政务服务中心");
        choose(citizen, "#hall-booking-matter", matterName);
        assertThat(citizen.locator("#hall-booking-group input")).not().hasValue("");
        Locator book = citizen.locator("#hall-booking-slots vaadin-button:not([disabled])")
                .first();
        assertThat(book).isVisible();
        book.click();
        ConsolePages.settle(citizen);
        Locator confirmation = citizen.locator("#hall-booking-confirmation");
        assertThat(confirmation).containsText("预约成功");
        Matcher m = CODE.matcher(confirmation.innerText());
        assertThat(m.find()).as(confirmation.innerText()).isTrue();
        assertThat(citizen.locator("#hall-booking-mine")).containsText(m.group(1));
        return m.group(1);
    }

    /** At the kiosk, on a phone-sized screen as on the kiosk's narrow display: the number for the appointment. */
    private String takeNumber(Page citizen, String code) {
        citizen.navigate(jinan.baseUrl() + "/hall/kiosk/" + KIOSK);
        ConsolePages.settle(citizen);
        citizen.locator("#hall-kiosk-code input").fill(code);
        citizen.locator("#hall-kiosk-by-code").click();
        ConsolePages.settle(citizen);
        Locator number = citizen.locator("#hall-kiosk-number");
        assertThat(number).hasText(Pattern.compile("Y[0-9]+"));
        assertThat(citizen.locator("#hall-kiosk-result")).containsText(matterName);
        return number.innerText().strip();
    }

    /** Window 01 calls the queue in its order; the numbers before ours (the demo's walk-ins) are not there: 过号. */
    private static void callUntil(Page clerk, String number) {
        Locator current = clerk.locator("#hall-panel-current");
        for (int i = 0; i < 20; i++) {
            clerk.locator("#hall-panel-next").click();
            ConsolePages.settle(clerk);
            assertThat(current).containsText("正在办理");
            if (current.innerText().contains(number)) {
                return;
            }
            clerk.locator("#hall-panel-skip").click();
            ConsolePages.settle(clerk);
        }
        throw new AssertionError(number + " was never called at window 01");
    }

    /** The tablet of window 01 offers the visit just finished there; the citizen rates it, leaving a phone number. */
    private void rateOnTheTablet(String number) throws Exception {
        // The finish reaches the ratings through the event outbox; the tablet then shows it at its next poll.
        String visit = row("SELECT id FROM hall_ticket WHERE hall_id = " + hallId + " AND number = '" + number
                        + "' AND visit_day = DATE '" + LocalDate.now(CHINA) + "'")
                .get(0);
        waitFor(
                Duration.ofSeconds(30),
                () -> count("SELECT COUNT(*) FROM eval_rating WHERE channel = 'HALL' AND subject = '" + visit + "'")
                        == 1);
        try (BrowserContext device = jinan.browser().newContext()) {
            Page tablet = device.newPage();
            tablet.setViewportSize(800, 1280);
            tablet.navigate(jinan.baseUrl() + "/rate/" + TABLET);
            ConsolePages.settle(tablet);
            assertThat(tablet.locator("#evaluation-rate")).containsText("01 号窗口");
            assertThat(tablet.locator("#evaluation-rate-service")).containsText(matterName, SLOW);
            tablet.locator("#evaluation-rate-OVERALL-VERY_DISSATISFIED").click();
            tablet.locator("#evaluation-rate-ATTITUDE-VERY_DISSATISFIED").click();
            tablet.locator("#evaluation-rate-EFFICIENCY-DISSATISFIED").click();
            assertThat(tablet.locator("#evaluation-rate-OVERALL-VERY_DISSATISFIED"))
                    .hasAttribute("aria-pressed", "true");
            tablet.locator("#evaluation-rate-comment textarea").fill(COMMENT);
            tablet.locator("#evaluation-rate-phone input").fill("13905317788");
            tablet.locator("#evaluation-rate-contactable").click();
            tablet.locator("#evaluation-rate-submit").click();
            ConsolePages.settle(tablet);
            assertThat(tablet.locator("#evaluation-rate-thanks")).hasText("感谢您的评价！");
        }
        assertThat(row("SELECT state, CASE WHEN contactable THEN 'contactable' ELSE 'anonymous' END FROM eval_rating"
                        + " WHERE channel = 'HALL' AND subject = '" + visit + "'"))
                .containsExactly("RATED", "contactable");
    }

    /**
     * The review reaches its unit: the office sees the demo hall's staff (eval.unit, entered by the demo) on the task.
     * The unit finds the review justified, reports the fix and calls the citizen back; the office accepts.
     */
    private void closeOut() {
        try (BrowserContext context = jinan.browser().newContext()) {
            Page office = context.newPage();
            office.setViewportSize(1366, 900);
            ConsolePages.login(office, jinan.baseUrl(), "eval.office", "Demo2026haochaping");
            // The office checks the unit's staff on a phone.
            office.setViewportSize(390, 844);
            office.navigate(jinan.baseUrl() + "/console/evaluation/queue");
            ConsolePages.settle(office);
            Locator task = task(office);
            assertThat(task).containsText("待核实", SLOW);
            task.locator("[id^=evaluation-members-]").click();
            Locator members = office.getByRole(AriaRole.DIALOG);
            assertThat(members).containsText("整改单位“ZWFW”的工作人员");
            assertThat(members.locator("#evaluation-members")).containsText("eval.unit");
            members.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("关闭"))
                    .click();
            ConsolePages.settle(office);
        }
        try (BrowserContext context = jinan.browser().newContext()) {
            Page unit = context.newPage();
            unit.setViewportSize(1366, 900);
            ConsolePages.login(unit, jinan.baseUrl(), "eval.unit", "Demo2026zhenggai");
            unit.navigate(jinan.baseUrl() + "/console/evaluation/queue");
            ConsolePages.settle(unit);
            Locator task = task(unit);
            assertThat(task).containsText("待核实", SLOW);
            assertThat(task).containsText("非常不满意");
            assertThat(task).containsText("实名差评，须回访");

            task.locator("[id^=evaluation-verify-]").click();
            Locator verify = unit.getByRole(AriaRole.DIALOG);
            verify.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("情况属实，限期整改"))
                    .click();
            verify.locator("textarea").fill("经调取窗口录像核实，窗口未一次性告知需补正的材料，情况属实。");
            unit.locator("#evaluation-verify-confirm").click();
            ConsolePages.settle(unit);
            assertThat(task).containsText("整改中", SLOW);

            step(unit, task, "report", "反馈整改情况", "已对窗口人员进行批评教育，修订一次性告知单并在窗口公示材料清单。");
            assertThat(task).containsText("待管理办审核", SLOW);
            step(unit, task, "callback", "记录回访", "已电话回访评价人，说明整改情况，评价人表示认可。");
            assertThat(task).containsText("回访记录", SLOW);
        }
        try (BrowserContext context = jinan.browser().newContext()) {
            Page office = context.newPage();
            office.setViewportSize(1366, 900);
            ConsolePages.login(office, jinan.baseUrl(), "eval.office", "Demo2026haochaping");
            office.navigate(jinan.baseUrl() + "/console/evaluation/queue");
            ConsolePages.settle(office);
            Locator task = task(office);
            assertThat(task).containsText("待管理办审核", SLOW);
            task.locator("[id^=evaluation-accept-]").click();
            ConsolePages.settle(office);
            assertThat(task).hasCount(0);
            office.locator("vaadin-checkbox", new Page.LocatorOptions().setHasText("只看未办结"))
                    .click();
            ConsolePages.settle(office);
            assertThat(task(office)).containsText("已办结", SLOW);
        }
    }

    private static Locator task(Page page) {
        return page.locator("#evaluation-queue [id^=evaluation-task-]")
                .filter(new Locator.FilterOptions().setHasText(COMMENT));
    }

    /** A step of the task that asks for a text in a dialog, confirmed by the button of that name. */
    private static void step(Page page, Locator task, String action, String button, String text) {
        task.locator("[id^=evaluation-" + action + "-]").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.locator("textarea").fill(text);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button))
                .click();
        ConsolePages.settle(page);
        assertThat(dialog).hasCount(0);
    }

    /** Picks the first item of a combo box whose label contains the text. */
    private static void choose(Page page, String comboBox, String text) {
        page.locator(comboBox + " input").click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(text))
                .first()
                .click();
        ConsolePages.settle(page);
    }

    private static void register(String identifier) throws Exception {
        PublicAccounts.registerPerson(jinan.baseUrl(), "赵建华", identifier, "13905317788", PASSWORD);
    }

    private static void signIn(Page page, String identifier) {
        page.navigate(jinan.baseUrl() + "/account/sign-in");
        ConsolePages.settle(page);
        page.locator("#account-identifier input").fill(identifier);
        page.locator("#account-password input").fill(PASSWORD);
        page.locator("#account-sign-in").click();
        ConsolePages.settle(page);
        assertThat(page.locator("#account-error")).not().isVisible();
    }

    /** A citizen identity number with its GB 11643 check digit. */
    private static String identityNumber(String first14) {
        String seventeen = first14 + "321";
        return seventeen + IdentityNumbers.checkCharacter(seventeen);
    }

    private static <T> T as(String username, String password, Callable<T> work) throws Exception {
        Authenticator authenticator = jinan.instance().service(Authenticator.class);
        LoginResult login = authenticator.login(username, password.toCharArray(), "127.0.0.1");
        assertThat(login.loggedIn()).as(username).isTrue();
        authenticator.bind(login.session());
        try {
            return work.call();
        } finally {
            authenticator.bind(null);
            authenticator.logout(login.session());
        }
    }

    /** Polls until the condition holds or the time is up; the demo loads on threads of its own. */
    private static boolean waitFor(Duration timeout, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.call()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(row(sql).get(0));
    }

    /** The first row of a query, its columns as text. */
    private static List<String> row(String sql) throws SQLException {
        try (Connection c =
                        jinan.instance().service(Database.class).dataSource().getConnection();
                PreparedStatement statement = c.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as(sql).isTrue();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                columns.add(rows.getString(i));
            }
            return columns;
        }
    }
}
