package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.DemoInBrowser;
import org.tongban.itests.support.TongbanInstance;

/**
 * Loading a year's holiday notice on the calendar page, in a real Chromium against the Jinan distribution in demo mode,
 * at a phone's width.
 */
class WorktimeBrowserIT {
    // For this test only: the State Council's notice for the year after the shipped data was not out when it was
    // written.
    private static final String NOTICE =
            """
            {"year": %d, "papers": [], "days": [
              {"name": "元旦", "date": "%d-01-01", "isOffDay": true}]}
            """;

    @RegisterExtension
    static final DemoInBrowser jinan = DemoInBrowser.of("jinan");

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void newVisitor() {
        context = jinan.context();
        page = jinan.page();
    }

    @Test
    void theAdministratorLoadsTheMissingYearAndItIsNoLongerProvisional() throws Exception {
        @SuppressWarnings("unchecked")
        int year = ((java.util.SortedSet<Integer>) TongbanInstance.call(
                                jinan.instance().service("org.tongban.worktime.CalendarService"), "coveredYears"))
                        .last()
                + 1;
        // A clerk has the console open elsewhere: the loaded year reaches them as a toast (Event Admin, push).
        BrowserContext clerkContext = jinan.browser().newContext();
        Page clerk = clerkContext.newPage();
        ConsolePages.login(clerk, jinan.baseUrl(), "city.clerk", "Demo2026city");

        ConsolePages.login(page, jinan.baseUrl(), "admin", "Demo2026admin");
        page.setViewportSize(390, 844);
        page.navigate(jinan.baseUrl() + "/console/worktime-calendar");
        assertThat(page.getByText("法定节假日数据")).isVisible();
        assertThat(page.locator("p", new Page.LocatorOptions().setHasText("尚未收录")))
                .containsText(String.valueOf(year));

        // A file that does not match the format is refused with the place named, and nothing changes.
        upload("broken.json", "{\"year\": " + year + "}");
        assertThat(page.locator("vaadin-notification-card").last()).containsText("缺少必填字段 papers");

        upload(year + ".json", NOTICE.formatted(year, year));
        assertThat(page.locator("vaadin-notification-card").last()).containsText(year + "年节假日数据已导入：放假 1 天，调休上班 0 天");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("运行时导入")))
                .hasCount(1);
        assertThat(clerk.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText("法定节假日数据已导入")))
                .containsText(year + "年法定节假日数据已导入");
        clerkContext.close();

        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }

    @Test
    void aClerkSeesTheYearsButCannotLoadOne() {
        ConsolePages.login(page, jinan.baseUrl(), "city.clerk", "Demo2026city");
        page.navigate(jinan.baseUrl() + "/console/worktime-calendar");
        assertThat(page.getByText("法定节假日数据")).isVisible();
        assertThat(page.locator("#worktime-holiday-upload")).hasCount(0);
    }

    @Test
    void theAdministratorAddsAServiceHallThatClosesEarlierAndEditsItsSeasons() throws Exception {
        ConsolePages.login(page, jinan.baseUrl(), "admin", "Demo2026admin");
        page.setViewportSize(390, 844);
        page.navigate(jinan.baseUrl() + "/console/worktime-calendar");
        assertThat(page.locator("h3", new Page.LocatorOptions().setHasText("服务大厅")))
                .isVisible();

        // A code with a space is refused in Chinese, and nothing is stored.
        page.locator("#worktime-hall-code input").fill("不动产 中心");
        page.locator("#worktime-hall-name input").fill("不动产登记中心");
        page.locator("#worktime-hall-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("服务大厅编码须为");

        page.locator("#worktime-hall-code input").fill("bdc");
        page.locator("#worktime-hall-hours input").fill("08:30-12:00,13:00-16:00");
        page.locator("#worktime-hall-save").press("Enter");
        ConsolePages.settle(page);
        assertThat(page.locator("vaadin-notification-card").last()).containsText("已保存");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("不动产登记中心")))
                .hasCount(1);
        assertThat(page.locator("h4", new Page.LocatorOptions().setHasText("不动产登记中心：季节办公时间")))
                .isVisible();

        Object calendars = jinan.instance().service("org.tongban.worktime.CalendarService");
        // The page opens at the administrator's own level, the province or the city.
        String where = null;
        for (String code : java.util.List.of("370000", "370100")) {
            if (!((java.util.List<?>) TongbanInstance.call(calendars, "halls", code)).isEmpty()) {
                where = code;
            }
        }
        assertThat(where).as("the hall is stored at the page's jurisdiction").isNotNull();
        Object hall = TongbanInstance.call(calendars, "calendar", where, "bdc");
        Object hours = TongbanInstance.call(hall, "officeHours", java.time.LocalDate.of(2025, 7, 15));
        assertThat(TongbanInstance.call(hours, "closing")).isEqualTo(java.time.LocalTime.of(16, 0));

        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }

    private void upload(String name, String content) {
        page.locator("#worktime-holiday-upload input[type=file]")
                .setInputFiles(new FilePayload(name, "application/json", content.getBytes(StandardCharsets.UTF_8)));
        ConsolePages.settle(page);
    }
}
