package org.tongban.itests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.itests.support.TongbanInstance.call;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongban.itests.support.ConsolePages;
import org.tongban.itests.support.DemoInBrowser;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/**
 * The green channel in Chromium on Jinan's demo: the editor plans a key project with a stage for a matter of 历下区 and
 * one for a matter of 市中区, the named manager links the two departments' cases on the project page (one by its
 * number in the browser), and the page shows the stage plan with both cases, their departments, states and the stage
 * badges, on a desktop and on a 390 px phone.
 */
class KeyProjectsBrowserIT {
    private static final LocatorAssertions.ContainsTextOptions SLOW =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @RegisterExtension
    static final DemoInBrowser jinan = DemoInBrowser.shared("jinan");

    @Test
    void aKeyProjectsStagePlanShowsTwoDepartmentsCases() throws Exception {
        assertThat(waitFor(Duration.ofMinutes(2), () -> count("SELECT COUNT(*) FROM kp_project") >= 1))
                .as("the demo key project")
                .isTrue();
        List<String> first = row("SELECT case_number, matter_code, department_code FROM intake_case"
                + " ORDER BY department_code, case_number");
        List<String> second = row("SELECT case_number, matter_code, department_code FROM intake_case"
                + " WHERE department_code <> '" + first.get(2) + "' ORDER BY department_code, case_number");
        assertThat(second.get(2)).isNotEqualTo(first.get(2));

        long id = as("kp.editor", "Demo2026xiangmu", () -> {
            Object projects = jinan.instance().service("org.tongban.keyprojects.KeyProjects");
            ClassLoader loader = projects.getClass().getClassLoader();
            Constructor<?> stage =
                    loader.loadClass("org.tongban.keyprojects.StageDraft").getDeclaredConstructors()[0];
            Constructor<?> draft =
                    loader.loadClass("org.tongban.keyprojects.ProjectDraft").getDeclaredConstructors()[0];
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            Object project = call(
                    projects,
                    "create",
                    draft.newInstance(
                            "2026-370100-48-01-009001",
                            "济南新旧动能转换起步区综合服务中心",
                            "91370102MA3C4K5L67",
                            "济南泉城餐饮管理有限公司",
                            "kp.manager",
                            "370100",
                            List.of(
                                    stage.newInstance("立项", List.of(first.get(1)), today.plusDays(60)),
                                    stage.newInstance("施工许可", List.of(second.get(1)), today.plusDays(1)))));
            return (Long) call(project, "id");
        });
        as("kp.manager", "Demo2026guanjia", () -> {
            Object projects = jinan.instance().service("org.tongban.keyprojects.KeyProjects");
            return call(projects, "link", id, first.get(0));
        });

        Page manager = jinan.page();
        manager.setViewportSize(1366, 900);
        ConsolePages.login(manager, jinan.baseUrl(), "kp.manager", "Demo2026guanjia");
        manager.navigate(jinan.baseUrl() + "/console/keyprojects/" + id);
        ConsolePages.settle(manager);
        Locator page = manager.locator("#keyproject");
        assertThat(page).containsText("济南新旧动能转换起步区综合服务中心", SLOW);
        assertThat(page).containsText("第 2 阶段：施工许可");
        assertThat(page).containsText("临近目标日期");

        manager.getByLabel("办件编号").fill(second.get(0));
        manager.locator("#keyproject-link").click();
        ConsolePages.settle(manager);
        assertThat(page.locator("[data-case='" + second.get(0) + "']")).isVisible();
        assertThat(page.locator("[data-case='" + first.get(0) + "']")).isVisible();
        assertThat(page).containsText("承办部门 " + first.get(2));
        assertThat(page).containsText("承办部门 " + second.get(2));

        manager.setViewportSize(390, 844);
        manager.reload();
        ConsolePages.settle(manager);
        assertThat(manager.locator("[data-case='" + second.get(0) + "']")).isVisible();
        assertThat((Boolean) manager.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("no sideways scrolling at 390 px")
                .isTrue();
        assertThat(count("SELECT COUNT(*) FROM kp_case WHERE project_id = " + id))
                .isEqualTo(2);
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
