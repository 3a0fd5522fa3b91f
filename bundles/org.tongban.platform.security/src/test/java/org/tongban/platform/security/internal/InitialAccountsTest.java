package org.tongban.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.osgi.framework.BundleEvent;
import org.slf4j.LoggerFactory;
import org.tongban.platform.api.security.LoginResult;
import org.tongban.platform.api.security.LoginResult.Outcome;

/** First start creates one administrator with a one-time password; demo mode loads the documented accounts. */
@ParameterizedClass
@EnumSource(Backend.class)
class InitialAccountsTest {

    @Parameter
    Backend backend;

    @TempDir
    Path home;

    private SecurityFixture fx;

    @AfterEach
    void tearDown() {
        if (fx != null) {
            fx.close();
        }
    }

    private InitialAccounts bootstrap(boolean demo) {
        return new InitialAccounts(fx.db, new SecuritySettings(home, demo, SecurityFixture.CITY, fx.clock));
    }

    @Test
    void firstStartCreatesAdminWithOneTimePasswordFile() throws IOException {
        fx = new SecurityFixture(backend, home, false, LoginPolicy.DEFAULT);
        String password = bootstrap(false).run().orElseThrow();

        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        assertThat(Passwords.policyViolation(null, null, password.toCharArray()))
                .isNull();
        Path file = home.resolve(InitialAccounts.PASSWORD_FILE);
        assertThat(Files.readString(file).strip()).isEqualTo(password);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        Accounts.User admin = fx.accounts.find("admin").orElseThrow();
        assertThat(admin.jurisdictionCode()).isEqualTo(SecurityFixture.CITY);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(fx.accounts.roles("admin")).containsExactly("admin");

        LoginResult login = fx.authenticator.login("admin", password.toCharArray(), "127.0.0.1");
        assertThat(login.outcome()).isEqualTo(Outcome.PASSWORD_CHANGE_REQUIRED);
        fx.authenticator.bind(login.session());
        assertThat(fx.access.isPermitted("user:admin", SecurityFixture.CITY)).isFalse();
        assertThat(fx.authenticator.changeOwnPassword(password.toCharArray(), "Quancheng2026west".toCharArray()))
                .isEmpty();
        assertThat(file).doesNotExist();
        assertThat(fx.access.isPermitted("user:admin", SecurityFixture.LIXIA)).isTrue();
    }

    @Test
    void theOneTimePasswordIsNeverLoggedOnlyWhereToFindIt() {
        fx = new SecurityFixture(backend, home, false, LoginPolicy.DEFAULT);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        String password;
        try {
            password = bootstrap(false).run().orElseThrow();
        } finally {
            root.detachAppender(logged);
        }

        assertThat(logged.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(message -> message.contains(password))
                .anyMatch(message -> message.contains(InitialAccounts.PASSWORD_FILE));
    }

    @Test
    void withoutAPlaceForThePasswordFileNoAdministratorIsCreated() throws IOException {
        fx = new SecurityFixture(backend, home, false, LoginPolicy.DEFAULT);
        // A plain file where the data folder should be: the password file cannot be written.
        Files.writeString(home.resolve("data"), "not a folder");

        assertThat(bootstrap(false).run()).isEmpty();
        assertThat(fx.accounts.find("admin")).isEmpty();
    }

    @Test
    void secondStartCreatesNoOtherAdmin() {
        fx = new SecurityFixture(backend, home, false, LoginPolicy.DEFAULT);
        String first = bootstrap(false).run().orElseThrow();
        Optional<String> second = bootstrap(false).run();

        assertThat(second).isEmpty();
        assertThat(fx.db.count("sec_user")).isOne();
        assertThat(fx.authenticator.login("admin", first.toCharArray(), null).outcome())
                .isEqualTo(Outcome.PASSWORD_CHANGE_REQUIRED);
    }

    @Test
    void demoModeLoadsDocumentedAccountsOnce() {
        fx = new SecurityFixture(backend, home, true, LoginPolicy.DEFAULT);
        assertThat(bootstrap(true).run()).isEmpty();
        bootstrap(true).run();

        assertThat(fx.db.count("sec_user")).isEqualTo(5);
        assertThat(home.resolve(InitialAccounts.PASSWORD_FILE)).doesNotExist();
        assertThat(login("admin", "Demo2026admin")).isEqualTo(Outcome.SUCCESS);
        assertThat(login("city.clerk", "Demo2026city")).isEqualTo(Outcome.SUCCESS);
        assertThat(login("lixia.clerk", "Demo2026lixia")).isEqualTo(Outcome.SUCCESS);
        assertThat(login("shizhong.clerk", "Demo2026shizhong")).isEqualTo(Outcome.SUCCESS);
        assertThat(login("auditor", "Demo2026audit")).isEqualTo(Outcome.SUCCESS);
        assertThat(fx.accounts.find("lixia.clerk").orElseThrow().jurisdictionCode())
                .isEqualTo(SecurityFixture.LIXIA);
    }

    @Test
    void demoAccountsOfAFeaturesRolesAreAddedOnceABundleWithAChangelogStartedWithThem() {
        fx = new SecurityFixture(backend, home, true, LoginPolicy.DEFAULT);
        InitialAccounts initial = bootstrap(true);
        initial.run();
        assertThat(initial.waitingForRoles())
                .as("intake's reviewer and lead, the hotline's agent, office and two unit workers, the hall's admin and"
                        + " clerk, the ratings' office and unit, the market's office")
                .isEqualTo(11);
        assertThat(fx.accounts.find("lixia.reviewer")).isEmpty();

        initial.bundleChanged(new BundleEvent(BundleEvent.STARTED, bundle(false)));
        assertThat(fx.accounts.find("lixia.reviewer"))
                .as("a bundle without a changelog defines no role")
                .isEmpty();
        // What intake's changelog does as its bundle starts.
        fx.db.update("INSERT INTO sec_role (name, title) VALUES ('intake-reviewer', '审查人员')");
        fx.db.update("INSERT INTO sec_role (name, title) VALUES ('intake-lead', '科室负责人')");
        initial.bundleChanged(new BundleEvent(BundleEvent.STARTED, bundle(true)));

        assertThat(initial.waitingForRoles())
                .as("the hotline's, the hall's, the ratings' and the market's, until their changelogs run")
                .isEqualTo(9);
        assertThat(fx.db.count("sec_user")).isEqualTo(7);
        assertThat(login("lixia.reviewer", "Demo2026review")).isEqualTo(Outcome.SUCCESS);
        assertThat(login("lixia.lead", "Demo2026lead")).isEqualTo(Outcome.SUCCESS);
        assertThat(fx.accounts.find("lixia.lead").orElseThrow().jurisdictionCode())
                .isEqualTo(SecurityFixture.LIXIA);

        // What the hotline's changelog does as its bundle starts.
        for (String role : java.util.List.of("hotline-agent", "hotline-office", "hotline-unit")) {
            fx.db.update("INSERT INTO sec_role (name, title) VALUES ('" + role + "', '" + role + "')");
        }
        initial.bundleChanged(new BundleEvent(BundleEvent.STARTED, bundle(true)));
        assertThat(initial.waitingForRoles())
                .as("the hall's, the ratings' and the market's, until their changelogs run")
                .isEqualTo(5);
        assertThat(login("lixia.cgj", "Demo2026lxcg")).isEqualTo(Outcome.SUCCESS);
        assertThat(fx.accounts.find("city.zjj")).isPresent();

        // What the hall's changelog does as its bundle starts.
        for (String role : java.util.List.of("hall-admin", "hall-clerk")) {
            fx.db.update("INSERT INTO sec_role (name, title) VALUES ('" + role + "', '" + role + "')");
        }
        initial.bundleChanged(new BundleEvent(BundleEvent.STARTED, bundle(true)));
        assertThat(initial.waitingForRoles())
                .as("the ratings' and the market's")
                .isEqualTo(3);
        assertThat(login("hall.clerk", "Demo2026chuangkou")).isEqualTo(Outcome.SUCCESS);

        // What the evaluation feature's changelog does as its bundle starts.
        for (String role : java.util.List.of("evaluation-office", "evaluation-unit")) {
            fx.db.update("INSERT INTO sec_role (name, title) VALUES ('" + role + "', '" + role + "')");
        }
        initial.bundleChanged(new BundleEvent(BundleEvent.STARTED, bundle(true)));
        assertThat(initial.waitingForRoles()).as("the market's").isEqualTo(1);
        assertThat(login("eval.unit", "Demo2026zhenggai")).isEqualTo(Outcome.SUCCESS);

        // What the market's changelog does as its bundle starts.
        fx.db.update("INSERT INTO sec_role (name, title) VALUES ('market-office', 'market-office')");
        initial.bundleChanged(new BundleEvent(BundleEvent.STARTED, bundle(true)));
        assertThat(initial.waitingForRoles()).isZero();
        assertThat(login("market.office", "Demo2026zhongjie")).isEqualTo(Outcome.SUCCESS);
    }

    /** A started bundle, with or without a changelog header. */
    private static org.osgi.framework.Bundle bundle(boolean changelog) {
        java.util.Hashtable<String, String> headers = new java.util.Hashtable<>();
        if (changelog) {
            headers.put(org.tongban.platform.api.persistence.Database.CHANGELOG_HEADER, "db/intake-changelog.xml");
        }
        return (org.osgi.framework.Bundle) java.lang.reflect.Proxy.newProxyInstance(
                InitialAccountsTest.class.getClassLoader(),
                new Class<?>[] {org.osgi.framework.Bundle.class},
                (proxy, method, args) -> method.getName().equals("getHeaders") ? headers : null);
    }

    @Test
    void missingRootJurisdictionGetsAPlaceholder() {
        fx = new SecurityFixture(backend, home, false, LoginPolicy.DEFAULT);
        new InitialAccounts(fx.db, new SecuritySettings(home, false, "370300", fx.clock))
                .run()
                .orElseThrow();
        assertThat(fx.jurisdictions.find("370300")).hasValueSatisfying(j -> {
            assertThat(j.name()).isEqualTo("370300");
            assertThat(j.level()).isEqualTo(org.tongban.platform.api.security.Jurisdiction.Level.CITY);
        });
        assertThat(fx.accounts.find("admin").orElseThrow().jurisdictionCode()).isEqualTo("370300");
    }

    private Outcome login(String username, String password) {
        return fx.authenticator
                .login(username, password.toCharArray(), "127.0.0.1")
                .outcome();
    }
}
