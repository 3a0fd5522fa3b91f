import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.osgi.framework.BundleContext;
import org.tongban.host.HostOptions;
import org.tongban.host.Main;

/**
 * Makes the upgrade test's fixture from a release's Jinan distribution (see README.md here): starts it in demo mode,
 * makes the recognisable changes the test looks for, stops it and scripts its H2 database into a zip. Run with the
 * release's own class path: {@code java -cp 'tongban-jinan/lib/*' MakeFixture.java tongban-jinan out.zip}; with
 * {@code -} for the zip the database is left as it is (PostgreSQL, dumped with pg_dump).
 */
public class MakeFixture {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Main.Host host = new Main.Host(HostOptions.parse("--home", home.toString(), "--port", "0", "--demo"));
        host.start();
        BundleContext context = host.osgi().bundleContext();
        Object authenticator = service(context, "org.tongban.platform.api.security.Authenticator");

        // city.clerk chooses a new password: the upgraded node must accept it, and no longer the demo one.
        bind(authenticator, login(authenticator, "city.clerk", "Demo2026city"));
        Object refused = call(authenticator, "changePassword", "Demo2026city".toCharArray(), "Upgrade2026city!".toCharArray());
        if (refused != null) {
            throw new IllegalStateException("password change refused: " + refused);
        }
        bind(authenticator, null);

        bind(authenticator, login(authenticator, "admin", "Demo2026admin"));
        call(service(context, "org.tongban.notice.NoticeService"), "publish", "370102", "升级测试：0.1 版发布的公告",
                "这条公告在 0.1 版中发布，升级后仍应在。");
        call(service(context, "org.tongban.worktime.CalendarService"), "setLocalDay", "370102",
                LocalDate.of(2027, 3, 15), false, "升级测试：大厅检修");
        String code = topHit(host.port(), "食品经营许可");
        call(service(context, "org.tongban.catalogue.CatalogueEditing"), "withdraw", code, "升级测试：撤回");
        bind(authenticator, null);
        System.out.println("withdrawn guide: " + code);
        Thread.sleep(3000); // the audit chainer catches up
        host.stop();

        if (args[1].equals("-")) {
            return; // a PostgreSQL instance: pg_dump takes it from here (see README.md)
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/db/tongban"), "", "");
                Statement s = c.createStatement()) {
            s.execute("SCRIPT TO '" + Path.of(args[1]).toAbsolutePath() + "' COMPRESSION ZIP");
        }
    }

    static String topHit(int port, String query) throws Exception {
        for (int attempt = 0; attempt < 120; attempt++) {
            String body = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/search?q="
                                            + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            int at = body.indexOf("\"matterCode\"");
            if (at >= 0) {
                int start = body.indexOf('"', body.indexOf(':', at) + 1) + 1;
                return body.substring(start, body.indexOf('"', start));
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("no search hit for " + query);
    }

    static Object login(Object authenticator, String user, String password) throws Exception {
        Object result = call(authenticator, "login", user, password.toCharArray(), "127.0.0.1");
        return result.getClass().getMethod("session").invoke(result);
    }

    static void bind(Object authenticator, Object session) throws Exception {
        for (Method m : authenticator.getClass().getMethods()) {
            if (m.getName().equals("bind")) {
                m.invoke(authenticator, session);
                return;
            }
        }
    }

    static Object service(BundleContext context, String type) {
        return context.getService(context.getServiceReference(type));
    }

    static Object call(Object target, String name, Object... arguments) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == arguments.length) {
                m.setAccessible(true);
                return m.invoke(target, arguments);
            }
        }
        throw new NoSuchMethodException(name);
    }
}
