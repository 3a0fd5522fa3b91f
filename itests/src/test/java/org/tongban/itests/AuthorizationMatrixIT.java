package org.tongban.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tongban.itests.support.ConsoleSession;
import org.tongban.itests.support.ConsoleSession.Page;
import org.tongban.itests.support.ConsoleSession.Shown;
import org.tongban.itests.support.Grants;
import org.tongban.itests.support.InstanceRoutes;
import org.tongban.itests.support.InstanceRoutes.ApiOperation;
import org.tongban.itests.support.InstanceRoutes.PageRoute;
import org.tongban.itests.support.ServiceAttempts;
import org.tongban.itests.support.TongbanInstance;
import org.tongban.platform.api.persistence.Database;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;

/**
 * The authorization matrix of the Jinan demo: every page route the running instance registered (portal and console,
 * with the permission its contribution declares) and every API route (with the method, permission and anonymity its
 * service declares), requested over HTTP by an anonymous visitor and by each demo account after a real console login.
 * Each answer is compared with what the security tables grant: the page where allowed, 403 and the refusal page where
 * a logged-in user is refused, the login form for an anonymous visitor in the console, 401 for an anonymous call of a
 * route that needs a login, 403 for a caller without the route's permission, and never a 5xx or the error page.
 * Routes come from the instance, so a new bundle's are covered without changing this test. District clerks then try
 * their own and another district's notices, calendars and clocks through the services.
 */
class AuthorizationMatrixIT {

    private static final Pattern DEMO_ACCOUNT = Pattern.compile("^\\| `([^`]+)` \\| `([^`]+)` \\|");

    private static TongbanInstance jinan;
    private static Grants grants;

    @BeforeAll
    static void start() throws Exception {
        jinan = TongbanInstance.sharedDemo("jinan");
        grants = Grants.read(jinan.service(Database.class).dataSource());
    }

    @AfterAll
    static void stop() throws Exception {
        jinan.close();
    }

    @Test
    void everyRouteAndEndpointAnswersEachAccountAsItsPermissionsSay() throws Exception {
        Map<String, String> accounts = demoAccounts();
        assertThat(accounts.keySet())
                .as("docs/demo-accounts.md lists every account of the demo instance")
                .containsExactlyInAnyOrderElementsOf(grants.users());
        InstanceRoutes routes = new InstanceRoutes(jinan);
        List<PageRoute> pages = routes.pages();
        List<ApiOperation> operations = routes.api();
        assertThat(pages).extracting(PageRoute::path).contains("console/notices", "console/users", "notices");
        assertThat(operations).extracting(ApiOperation::template).contains("/api/v1/matters");

        Map<String, ConsoleSession> visitors = new LinkedHashMap<>();
        visitors.put(null, ConsoleSession.anonymous(jinan.baseUrl()));
        for (Map.Entry<String, String> account : accounts.entrySet()) {
            visitors.put(account.getKey(), ConsoleSession.login(jinan.baseUrl(), account.getKey(), account.getValue()));
        }

        // One thread per visitor: each has its own session, as separate browsers would.
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> counts = new java.util.concurrent.ConcurrentSkipListMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(visitors.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Map.Entry<String, ConsoleSession> visitor : visitors.entrySet()) {
                done.add(threads.submit(() -> {
                    check(visitor.getKey(), visitor.getValue(), pages, operations, wrong, counts);
                    return null;
                }));
            }
            for (Future<?> visitor : done) {
                visitor.get();
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.printf(
                "Authorization matrix: %d visitors x %d routes (%d pages, %d API operations) = %d checks; %s%n",
                visitors.size(),
                pages.size() + operations.size(),
                pages.size(),
                operations.size(),
                visitors.size() * (pages.size() + operations.size()),
                counts);
        assertThat(wrong).as("answers that differ from the permissions").isEmpty();
    }

    private static void check(
            String user,
            ConsoleSession visitor,
            List<PageRoute> pages,
            List<ApiOperation> operations,
            List<String> wrong,
            Map<String, Integer> counts)
            throws Exception {
        for (PageRoute page : pages) {
            Page expected = expected(user, page);
            Page actual = visitor.open(page.address());
            counts.merge("page " + expected.status() + " " + expected.shown(), 1, Integer::sum);
            if (!actual.equals(expected)) {
                wrong.add(visitor.name() + " /" + page.address() + " [" + page.permission() + "]: " + actual
                        + ", expected " + expected);
            }
        }
        for (ApiOperation operation : operations) {
            int status =
                    visitor.request(operation.method(), operation.address()).statusCode();
            String verdict = verdict(user, operation, status);
            counts.merge("api " + (verdict == null ? status : "wrong"), 1, Integer::sum);
            if (verdict != null) {
                wrong.add(visitor.name() + " " + operation.method() + " " + operation.address() + ": " + status + ", "
                        + verdict);
            }
        }
    }

    @Test
    void districtClerksChangeTheirOwnDistrictsNoticesCalendarsAndClocksAndNoOtherDistricts() throws Exception {
        Map<String, String> accounts = demoAccounts();
        String city = grants.jurisdictionOf("admin");
        List<String> clerks = accounts.keySet().stream()
                .filter(user -> !grants.jurisdictionOf(user).equals(city))
                .toList();
        List<String> districts =
                clerks.stream().map(grants::jurisdictionOf).distinct().toList();
        assertThat(districts).as("the demo has clerks of several districts").hasSizeGreaterThan(1);
        Object notices = jinan.service("org.tongban.notice.NoticeService");
        Object calendars = jinan.service("org.tongban.worktime.CalendarService");
        Object clocks = jinan.service("org.tongban.worktime.ClockService");

        // The administrator puts one notice and one running clock in every district for every clerk to try.
        Map<String, Long> noticeFor = new LinkedHashMap<>();
        Map<String, Long> clockFor = new LinkedHashMap<>();
        as("admin", accounts, () -> {
            for (String clerk : clerks) {
                for (String district : districts) {
                    String key = clerk + "@" + district;
                    noticeFor.put(key, (Long) call(call(notices, "publish", district, "授权测试公告", key), "id"));
                    clockFor.put(key, (Long) call(call(clocks, "start", clockRequest(clocks, key, district)), "id"));
                }
            }
        });

        ServiceAttempts checks = new ServiceAttempts(jinan, grants);
        for (String clerk : clerks) {
            as(clerk, accounts, () -> {
                for (String district : districts) {
                    String key = clerk + "@" + district;
                    long notice = noticeFor.get(key);
                    long clock = clockFor.get(key);
                    checks.attempt(
                            clerk, "notice:edit", district, () -> call(notices, "publish", district, "授权测试", key));
                    checks.attempt(clerk, "notice:edit", district, () -> call(notices, "withdraw", notice));
                    checks.attempt(
                            clerk,
                            "worktime:edit",
                            district,
                            () -> call(
                                    calendars,
                                    "setLocalDay",
                                    district,
                                    java.time.LocalDate.of(2026, 12, 30),
                                    false,
                                    "授权测试"));
                    checks.attempt(clerk, "worktime:clock", district, () -> call(clocks, "complete", clock));
                    boolean readable = !((List<?>) call(clocks, "findByObject", "authz-test", key)).isEmpty();
                    checks.expect(
                            clerk + " reads the clocks of " + district,
                            grants.holds(clerk, "worktime:read", district),
                            readable);
                }
            });
        }
        as("admin", accounts, () -> {
            for (Map.Entry<String, Long> notice : noticeFor.entrySet()) {
                String clerk = notice.getKey().substring(0, notice.getKey().indexOf('@'));
                String district = notice.getKey().substring(notice.getKey().indexOf('@') + 1);
                boolean published = false;
                for (Object item : (List<?>) call(notices, "published", district)) {
                    published |= notice.getValue().equals(call(item, "id"));
                }
                checks.expect(
                        "the notice of " + district + " is still published after " + clerk + " tried to withdraw it",
                        !grants.holds(clerk, "notice:edit", district),
                        published);
                Object state = call(
                        ((java.util.Optional<?>) call(clocks, "find", clockFor.get(notice.getKey()))).orElseThrow(),
                        "state");
                checks.expect(
                        "the clock of " + district + " still runs after " + clerk + " tried to complete it",
                        !grants.holds(clerk, "worktime:clock", district),
                        !"COMPLETED".equals(state.toString()));
            }
        });
        System.out.printf(
                "Cross-district service checks: %d allowed, %d refused and audited, %d other checks%n",
                checks.allowed, checks.refused, checks.other);
        assertThat(checks.wrong)
                .as("service answers that differ from the permissions")
                .isEmpty();
        assertThat(checks.refused).as("some attempts cross a district's border").isPositive();
        assertThat(checks.allowed)
                .as("some attempts stay in the clerk's own district")
                .isPositive();
    }

    /** Runs work as a user logged in through the authenticator, as the console binds its session to a request. */
    private static void as(String user, Map<String, String> accounts, ServiceAttempts.Work work) throws Exception {
        Authenticator authenticator = jinan.service(Authenticator.class);
        LoginResult login = authenticator.login(user, accounts.get(user).toCharArray(), "127.0.0.1");
        assertThat(login.loggedIn()).as(user + " logs in").isTrue();
        authenticator.bind(login.session());
        try {
            work.run();
        } finally {
            authenticator.bind(null);
            authenticator.logout(login.session());
        }
    }

    private static Object clockRequest(Object clocks, String objectId, String district) throws Exception {
        ClassLoader worktime = clocks.getClass().getClassLoader();
        Class<?> request = worktime.loadClass("org.tongban.worktime.ClockRequest");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object workingDays = Enum.valueOf((Class) worktime.loadClass("org.tongban.worktime.LimitUnit"), "WORKING_DAYS");
        for (java.lang.reflect.Constructor<?> constructor : request.getConstructors()) {
            if (constructor.getParameterCount() == 8) {
                return constructor.newInstance(
                        "authz-test", objectId, district, "授权测试部门", "授权测试事项", 5, workingDays, Instant.now());
            }
        }
        throw new IllegalStateException("ClockRequest has no constructor of eight parameters");
    }

    /** Calls a method of a bundle's object and rethrows what the method threw. */
    private static Object call(Object target, String method, Object... arguments) throws Exception {
        try {
            return TongbanInstance.call(target, method, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** What a visitor must get: the console asks anonymous visitors to log in, a refusal is a 403 page. */
    private static Page expected(String user, PageRoute page) {
        boolean allowed = page.permission().isBlank() || grants.holds(user, page.permission());
        if (page.console() && user == null) {
            return new Page(200, Shown.LOGIN);
        }
        return allowed ? new Page(200, Shown.VIEW) : new Page(403, Shown.DENIED);
    }

    /**
     * Null when the API's answer is right, why not otherwise: the edge refuses a visitor without a login (401) or
     * without the route's permission (403) before the route runs; what it lets through may still be a client error,
     * such as the empty body the matrix sends, but a public or permitted GET answers 200.
     */
    private static String verdict(String user, ApiOperation operation, int status) {
        if (status >= 500) {
            return "a server error";
        }
        int refusal = operation.anonymous()
                ? 0
                : user == null
                        ? 401
                        : grants.holds(user, operation.permission())
                                        || operation.permission().isBlank()
                                ? 0
                                : 403;
        if (refusal != 0) {
            return status == refusal ? null : "expected " + refusal;
        }
        // An anonymous route is never refused at the edge; one that signs a citizen in or reads by a citizen's token
        // (accounts, 我的办件) answers the matrix's empty body with its own 401.
        if (operation.anonymous() && status == 401) {
            return null;
        }
        if (status == 401 || status == 403) {
            return "expected to pass the permission check";
        }
        // A record named in the path (a case by its number) may lie outside the user's jurisdictions, and then does not
        // exist for them: 404 is their right answer once the permission check has passed.
        boolean oneRecord = operation.template().contains("{");
        return "GET".equals(operation.method()) && status != 200 && !(oneRecord && status == 404)
                ? "expected 200"
                : null;
    }

    /** The demo accounts and their passwords, as the documentation gives them to the city's testers. */
    private static Map<String, String> demoAccounts() throws Exception {
        Map<String, String> accounts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("../docs/demo-accounts.md"))) {
            Matcher account = DEMO_ACCOUNT.matcher(line);
            if (account.find()) {
                accounts.put(account.group(1), account.group(2));
            }
        }
        return accounts;
    }
}
