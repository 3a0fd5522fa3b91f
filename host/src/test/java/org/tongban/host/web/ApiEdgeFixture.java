package org.tongban.host.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.util.ThreadContext;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.tongban.host.web.api.ApiOrigins;
import org.tongban.host.web.api.ApiRoutes;
import org.tongban.host.web.api.ApiServices;
import org.tongban.platform.api.persistence.Transactions;
import org.tongban.platform.api.security.AccessControl;
import org.tongban.platform.api.security.ApiTokens;
import org.tongban.platform.api.security.Authenticator;
import org.tongban.platform.api.security.LoginResult;
import org.tongban.platform.api.web.ApiRoute;
import org.tongban.platform.api.web.IdempotencyStore;
import org.tongban.platform.security.internal.JdbcApiTokens;
import org.tongban.platform.security.internal.JdbcAuditLog;
import org.tongban.platform.security.internal.JdbcIdempotencyStore;
import org.tongban.platform.security.internal.LoginPolicy;
import org.tongban.platform.security.internal.SecuritySettings;
import org.tongban.platform.security.internal.ShiroAccessControl;
import org.tongban.platform.security.internal.ShiroAuthenticator;
import org.tongban.testing.TestDatabase;

/**
 * The API servlet in a real Jetty over the real security services on a fresh H2: accounts of 历下区 (a clerk who may
 * edit notices there, an auditor who may not), their API tokens, and a session login at {@code /login?user=}.
 */
final class ApiEdgeFixture implements AutoCloseable {
    static final String PASSWORD = "Passw0rd2026";
    static final String CITY = "370100";
    static final String LIXIA = "370102";
    static final String SHIZHONG = "370103";
    static final String ALLOWED_ORIGIN = "https://m.jinan.gov.cn";
    // Argon2 is slow on purpose; one hash serves every account of every test.
    private static volatile String passwordHash;

    final TestDatabase db = TestDatabase.h2("db/security-changelog.xml");
    final SecuritySettings settings = new SecuritySettings(null, false, CITY, Clock.systemUTC());
    final JdbcAuditLog audit = new JdbcAuditLog(db, settings);
    final ShiroAccessControl access = new ShiroAccessControl(db, audit);
    final ShiroAuthenticator authenticator = new ShiroAuthenticator(db, settings, LoginPolicy.DEFAULT);
    final JdbcApiTokens tokens = new JdbcApiTokens(db, access, audit);
    final JdbcIdempotencyStore idempotency =
            new JdbcIdempotencyStore(db.transactions(), Duration.ofHours(24), Clock.systemUTC());
    final String clerkToken;
    final String auditorToken;
    private Server server;
    private int port;

    ApiEdgeFixture() {
        jurisdiction(CITY, "济南市", "CITY", null, "/370100/");
        jurisdiction(LIXIA, "历下区", "COUNTY", CITY, "/370100/370102/");
        jurisdiction(SHIZHONG, "市中区", "COUNTY", CITY, "/370100/370103/");
        user("lixia.admin", LIXIA, "admin");
        user("lixia.clerk", LIXIA, "clerk");
        user("lixia.auditor", LIXIA, "auditor");
        db.update("CREATE TABLE test_note (id IDENTITY PRIMARY KEY, jurisdiction VARCHAR(12), text VARCHAR(200),"
                + " author VARCHAR(32))");
        authenticator.bind(login("lixia.admin"));
        try {
            clerkToken = tokens.issue("lixia.clerk", "12345 热线系统", Duration.ofDays(30))
                    .secret();
            auditorToken =
                    tokens.issue("lixia.auditor", "审计接口", Duration.ofDays(30)).secret();
        } finally {
            authenticator.bind(null);
        }
    }

    private void jurisdiction(String code, String name, String level, String parent, String path) {
        db.update(
                "INSERT INTO sec_jurisdiction (code, name, level, parent_code, path) VALUES (?, ?, ?, ?, ?)",
                code,
                name,
                level,
                parent,
                path);
    }

    private void user(String username, String jurisdiction, String role) {
        db.update(
                "INSERT INTO sec_user (username, display_name, password_hash, jurisdiction_code, enabled,"
                        + " must_change_password, created_at) VALUES (?, ?, ?, ?, TRUE, FALSE, CURRENT_TIMESTAMP)",
                username,
                username,
                passwordHash(),
                jurisdiction);
        db.update("INSERT INTO sec_user_role (username, role_name) VALUES (?, ?)", username, role);
    }

    private static String passwordHash() {
        if (passwordHash == null) {
            passwordHash = new DefaultPasswordService().encryptPassword(PASSWORD);
        }
        return passwordHash;
    }

    Object login(String username) {
        LoginResult result = authenticator.login(username, PASSWORD.toCharArray(), "127.0.0.1");
        if (!result.loggedIn()) {
            throw new IllegalStateException(result.message());
        }
        return result.session();
    }

    /** Starts Jetty with these routes; returns the base URL. */
    String start(List<ApiRoutes.Entry> routes) throws Exception {
        ApiServices services = new ApiServices() {
            @Override
            public List<ApiRoutes.Entry> routes() {
                return routes;
            }

            @Override
            public Optional<Authenticator> authenticator() {
                return Optional.of(authenticator);
            }

            @Override
            public Optional<AccessControl> accessControl() {
                return Optional.of(access);
            }

            @Override
            public Optional<ApiTokens> tokens() {
                return Optional.of(tokens);
            }

            @Override
            public Optional<IdempotencyStore> idempotency() {
                return Optional.of(idempotency);
            }

            @Override
            public Optional<Transactions> transactions() {
                return Optional.of(db.transactions());
            }
        };
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/", ServletContextHandler.SESSIONS);
        WebServer.configureSessions(context.getSessionHandler());
        context.addFilter(SecurityFilter.class, "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(
                new ServletHolder(new ApiServlet(services, ApiOrigins.parse(ALLOWED_ORIGIN), Clock.systemUTC())),
                "/api/*");
        context.addServlet(new ServletHolder(new LoginServlet()), "/login");
        server.setHandler(context);
        server.start();
        port = connector.getLocalPort();
        return "http://localhost:" + port;
    }

    /** Stands for the console's login page: keeps the login in the HTTP session as the shell does. */
    final class LoginServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            Object session = login(request.getParameter("user"));
            request.getSession(true).setAttribute(SessionLogin.ATTRIBUTE, new SessionLogin(session, false));
            response.setStatus(204);
        }
    }

    static ApiRoutes.Entry route(String method, String path, String permission, boolean anonymous, ApiRoute route) {
        return ApiRoutes.Entry.of(
                route,
                Map.of(
                        ApiRoute.METHOD, method,
                        ApiRoute.PATH, path,
                        ApiRoute.PERMISSION, permission,
                        ApiRoute.ANONYMOUS, anonymous));
    }

    int notes() {
        return db.transactions().read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM test_note")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.stop();
        }
        ThreadContext.remove();
        tokens.close();
        authenticator.close();
        audit.stop();
        db.close();
    }
}
